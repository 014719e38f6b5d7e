package dev.lab.core.ssh;

import dev.lab.api.model.RenderedFile;
import dev.lab.core.state.Onboarding;
import java.util.List;

/**
 * What an SSH onboarding did.
 *
 * @param server the server's name
 * @param inventory whether the server is in the inventory (else it was named on the command line)
 * @param hostKey the host key's type and fingerprint
 * @param newHostKey whether the host key was trusted on first use
 * @param facts the facts gathered
 * @param os the OS detected
 * @param plugin the plugin whose enrollment script ran
 * @param script the enrollment script (it carries the enrollment token: never print it)
 * @param onboarding the stored onboarding in its final state; null for a dry run
 * @param exitCode the enrollment script's exit code; null for a dry run or when it timed out
 * @param lastLines the last lines the script printed
 */
public record SshOnboardingResult(String server, boolean inventory, String hostKey, boolean newHostKey,
    HostFacts facts, OsRelease os, String plugin, RenderedFile script, Onboarding onboarding, Integer exitCode,
    List<String> lastLines) {

  public SshOnboardingResult {
    lastLines = List.copyOf(lastLines);
  }

  /** @return whether the enrollment ran and succeeded */
  public boolean enrolled() {
    return exitCode != null && exitCode == 0;
  }
}
