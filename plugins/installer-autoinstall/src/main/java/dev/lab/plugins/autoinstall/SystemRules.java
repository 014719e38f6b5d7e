package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the installed system's settings: locale, keyboard, time zone, NTP, packages, kernel
 * arguments, serial console, labels and enrollment.
 */
final class SystemRules {
  /** Kernel arguments Lab sets itself on the installer's command line. */
  static final Set<String> LAB_KERNEL_ARGS =
      Set.of("ip", "url", "autoinstall", "ds", "cloud-config-url", "subiquity.autoinstallpath", "initrd",
          "BOOT_IMAGE", "BOOTIF");

  private SystemRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Profile p = config.profile();
    if (!Syntax.locale(p.locale())) {
      problems.add(Problem.of("profile.locale", "must be a locale such as en_US.UTF-8 or C.UTF-8"));
    }
    if (!Syntax.keyboard(p.keyboard())) {
      problems.add(Problem.of("profile.keyboard", "must be an XKB layout such as us or de, optionally with a"
          + " variant in parentheses: de(nodeadkeys)"));
    }
    if (!Syntax.timezone(p.timezone())) {
      problems.add(Problem.of("profile.timezone", "must be a time zone name such as Etc/UTC or Europe/Paris"));
    }
    Set<String> ntp = new HashSet<>();
    for (int i = 0; i < p.ntpServers().size(); i++) {
      String server = p.ntpServers().get(i);
      if (!Syntax.host(server)) {
        problems.add(Problem.of("profile.ntpServers[" + i + "]", "must be a host name or an IP address"));
      } else if (!ntp.add(server)) {
        problems.add(Problem.of("profile.ntpServers[" + i + "]", "NTP server " + server + " is listed twice"));
      }
    }
    for (int i = 0; i < p.packages().size(); i++) {
      if (!Syntax.packageName(p.packages().get(i))) {
        problems.add(Problem.of("profile.packages[" + i + "]", "must be a Debian package name (lowercase"
            + " letters, digits, '+', '-', '.'), optionally with =version"));
      }
    }
    checkKernelArgs(p.kernelArgs(), problems);
    if (p.serialConsole() != null && !Syntax.serialConsole(p.serialConsole())) {
      problems.add(Problem.of("profile.serialConsole", "must be a console device with optional settings,"
          + " such as ttyS0,115200n8 or ttyAMA0"));
    }
    checkLabels(config, problems);
    checkEnrollment(p.enrollment(), problems);
  }

  private static void checkKernelArgs(List<KernelArg> args, List<Problem> problems) {
    for (int i = 0; i < args.size(); i++) {
      KernelArg arg = args.get(i);
      String path = "profile.kernelArgs[" + i + "]";
      if (!Syntax.kernelKey(arg.key())) {
        problems.add(Problem.of(path + ".key", "must be letters, digits, '_', '.' or '-'"));
      } else if (LAB_KERNEL_ARGS.contains(arg.key())) {
        problems.add(Problem.of(path + ".key", "'" + arg.key() + "' is set by Lab to netboot the installer"));
      }
      if (arg.value() != null && !Syntax.kernelValue(arg.value())) {
        problems.add(Problem.of(path + ".value", "must be letters, digits and _ . , : / @ % + = - only: the"
            + " installed system gets it through GRUB's shell-syntax configuration"));
      }
    }
  }

  private static void checkLabels(InstallConfig config, List<Problem> problems) {
    checkLabelList(config.profile().labels(), "profile.labels", problems);
    checkLabelList(config.server().labels(), "server.labels", problems);
  }

  private static void checkLabelList(List<String> labels, String path, List<Problem> problems) {
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label.isBlank() || !Syntax.printable(label) || label.contains(",")) {
        problems.add(Problem.of(path + "[" + i + "]", "must be one line of text without commas (labels travel"
            + " comma-separated in the enrollment certificate request)"));
      }
    }
  }

  private static void checkEnrollment(Enrollment e, List<Problem> problems) {
    if (e.role() != null && !Syntax.role(e.role())) {
      problems.add(Problem.of("profile.enrollment.role", "must be letters, digits, '_', ':', '.' or '-', such"
          + " as webserver or role::web"));
    }
    if (e.environment() != null && !Syntax.environment(e.environment())) {
      problems.add(Problem.of("profile.enrollment.environment", "must be an OpenVox environment name: letters,"
          + " digits and '_'"));
    }
  }
}
