package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.ssh.HostFacts;
import dev.lab.core.ssh.SshFailure;
import dev.lab.core.ssh.SshOnboarding;
import dev.lab.core.ssh.SshOnboardingResult;
import dev.lab.core.ssh.SshTarget;
import dev.lab.core.state.StateStore;
import java.time.Clock;
import java.time.Duration;

/** {@code lab onboard NAME --provider ssh}: runs an SSH onboarding and prints what it did. */
final class SshOnboard {
  private static final Duration PROBE_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration ENROLLMENT_TIMEOUT = Duration.ofMinutes(30);

  private final OnboardCommand command;

  SshOnboard(OnboardCommand command) {
    this.command = command;
  }

  int call() {
    if (command.remote.client(command.environment().env()) != null) {
      throw UserError.invalid("--provider ssh runs on the lab directory, not through --server/$LAB_SERVER: "
          + "unset LAB_SERVER and pass --lab");
    }
    try (LabContext context = command.open(command.lab.dir(command.environment().env()))) {
      var lab = context.lab();
      String sshAddress = lab.server(command.server).map(s -> s.sshAddress()).orElse(null);
      SshTarget target = command.ssh.target(command.environment().env(), sshAddress, command.dryRun);
      SshOnboarding.Request request = new SshOnboarding.Request(command.server, command.profile, target,
          command.dryRun, PROBE_TIMEOUT, ENROLLMENT_TIMEOUT);
      SshOnboardingResult result;
      if (command.dryRun) {
        result = new SshOnboarding(lab, context.plugins(), context.templates(), null, Clock.systemUTC(),
            lab.config().server().url()).onboard(request);
      } else {
        try (StateStore store = context.openStore()) {
          result = new SshOnboarding(lab, context.plugins(), context.templates(), store, Clock.systemUTC(),
              lab.config().server().url()).onboard(request);
        }
      }
      return print(result, target);
    } catch (SshFailure e) {
      throw new UserError(e.getMessage(), ExitCode.FAILURE);
    }
  }

  private int print(SshOnboardingResult r, SshTarget target) {
    var out = command.out();
    out.printf("Connected to %s; host key %s%s.%n", target.describe(), r.hostKey(),
        r.newHostKey() ? (command.dryRun ? " (new: trusted for this dry run, not written to " + target.knownHosts() + ")"
            : " (new: added to " + target.knownHosts() + ")") : "");
    HostFacts f = r.facts();
    out.printf("Facts: %s, %s, %s memory, %d disk(s), NICs %s, %s firmware.%n", f.architecture(),
        f.cpu() == null ? "unknown CPU" : f.cpu().model() + " (" + f.cpu().cores() + " cores, " + f.cpu().threads()
            + " threads)", f.memoryBytes() == null ? "unknown" : (f.memoryBytes() / (1024 * 1024)) + " MiB",
        f.disks().size(), f.nics().stream().map(n -> n.name() + " " + n.mac()).toList(), f.firmware());
    out.printf("OS: %s (%s %s): enrollment script of plugin %s%s.%n", r.os().prettyName(), r.os().id(),
        r.os().versionId() == null ? "" : r.os().versionId(), r.plugin(),
        r.inventory() ? "" : "; " + r.server() + " is not in the inventory: its facts describe it");
    if (r.onboarding() == null) {
      out.printf("Would run %s (%d bytes) with a fresh enrollment token. Nothing was stored or run.%n",
          r.script().name(), r.script().content().length());
      return ExitCode.OK;
    }
    out.printf("Onboarding %s (method ssh): %s.%n", r.onboarding().id(), r.onboarding().state());
    if (!r.enrolled()) {
      command.err().println("The enrollment script failed" + (r.exitCode() == null ? "" : " with exit code "
          + r.exitCode()) + "; its last lines:");
      r.lastLines().forEach(l -> command.err().println("  " + Secrets.maskTokens(l)));
      command.err().println("See `lab status " + r.server() + "`.");
      return ExitCode.FAILURE;
    }
    out.println("Enrolled. Its timeline: `lab status " + r.server() + "`.");
    return ExitCode.OK;
  }
}
