package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.InstallConfig;
import java.util.List;

/**
 * What the enrollment scripts carry: labels, role and environment, the OpenVox server and package
 * repository. The scripts quote them for the shell and YAML, so they only have to be one line;
 * the names Puppet itself checks are checked here too.
 */
final class EnrollmentChecks {
  private EnrollmentChecks() {}

  static void check(InstallConfig config, List<Problem> problems) {
    EnrollmentSpec e = config.enrollment();
    if (e == null) {
      return;
    }
    lines(config.profile().labels(), "profile.labels", problems);
    lines(config.server().labels(), "server.labels", problems);
    String role = config.profile().enrollment().role();
    if (role != null && (!Values.isSingleLine(role) || role.isEmpty())) {
      problems.add(Problem.of("profile.enrollment.role", "a role must be one line of text"));
    }
    String environment = config.profile().enrollment().environment();
    if (environment != null && !Values.isEnvironment(environment)) {
      problems.add(Problem.of("profile.enrollment.environment", Values.show(environment)
          + " is not a Puppet environment name (lowercase letters, digits and _)"));
    }
    if (!Values.isHostname(e.puppetServer())) {
      problems.add(Problem.of("enrollment.puppetServer", Values.show(e.puppetServer())
          + " is not a host name"));
    }
    if (e.packageRepository() != null
        && (!Values.isUrl(e.packageRepository()) || !e.packageRepository().matches("(?i)https?://.*"))) {
      problems.add(Problem.of("enrollment.packageRepository", Values.show(e.packageRepository())
          + " is not an http or https URL without blanks or quotes"));
    }
  }

  private static void lines(List<String> labels, String path, List<Problem> problems) {
    for (int i = 0; i < labels.size(); i++) {
      if (!Values.isSingleLine(labels.get(i)) || labels.get(i).isBlank()) {
        problems.add(Problem.of(path + "[" + i + "]", "a label must be one line of text"));
      }
    }
  }
}
