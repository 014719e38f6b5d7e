package dev.lab.core.onboard;

import dev.lab.core.machine.MachineRender;
import dev.lab.core.state.Onboarding;
import java.time.Instant;

/**
 * The result of approving (or dry-running) an installation.
 *
 * @param onboarding the stored onboarding; null for a dry run
 * @param render what the machine will get, with its real URLs
 * @param filesExpire when the files token expires
 */
public record Approval(Onboarding onboarding, MachineRender render, Instant filesExpire) {
  /** @return whether nothing was stored */
  public boolean dryRun() {
    return onboarding == null;
  }
}
