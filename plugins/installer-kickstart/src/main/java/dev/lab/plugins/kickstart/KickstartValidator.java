package dev.lab.plugins.kickstart;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.InstallConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs every check of the kickstart plugin over one configuration and collects the problems. */
final class KickstartValidator {
  private KickstartValidator() {}

  static List<Problem> validate(InstallConfig config, Set<Architecture> architectures) {
    Problems problems = new Problems();
    Optional<OsRelease> release = SystemCheck.checkRelease(config, problems);
    SystemCheck.checkPlatform(config, architectures, problems);
    SystemCheck.checkArtifacts(config, problems);
    SystemCheck.checkHost(config.server(), problems);
    SystemCheck.checkLocalisation(config.profile(), problems);
    SystemCheck.checkBoot(config.profile(), problems);
    SystemCheck.checkPackages(config.profile(), config.image().bootc() != null, problems);
    SystemCheck.checkEnrollment(config, problems);
    ProfileOptions.check(config.profile().options(), problems);
    AccountCheck.check(config.profile(), problems);
    NetworkCheck.check(config, problems);
    DiskCheck.check(config.profile().disk(), problems);
    BootcCheck.check(config, release, problems);
    return problems.list();
  }
}
