package dev.lab.plugins.preseed;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The image, the machine's identity and the profile's system settings (locale, keyboard, time,
 * packages, kernel arguments, console, enrollment), checked against what d-i 12 accepts.
 */
final class SystemRules {
  /**
   * Kernel arguments the plugin sets itself or that d-i reads as preseed aliases ({@code
   * /etc/preseed_aliases}): a profile must not change the installer's answers through them.
   */
  private static final Set<String> RESERVED_ARGS = Set.of("auto", "priority", "url", "interface", "hostname",
      "domain", "file", "locale", "keymap", "language", "country", "theme", "fb", "classes", "protocol", "suite",
      "modules", "recommends", "tasks", "desktop", "dmraid", "preseed-md5", "firmware", "BOOTIF", "initrd",
      "DEBIAN_FRONTEND", "BOOT_DEBUG", "---", "--");

  private SystemRules() {}

  static List<Problem> check(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    image(config, problems);
    identity(config.server(), problems);
    Profile profile = config.profile();
    if (profile.method() != InstallMethod.NATIVE) {
      problems.add(Problem.of("profile.method", "the preseed plugin installs with debian-installer (native);"
          + " the rootfs method is served by the rootfs plugin"));
    }
    if (!Syntax.locale(profile.locale())) {
      problems.add(Problem.of("profile.locale", "write a locale such as en_US.UTF-8"));
    }
    if (!Keymaps.CHOICES.contains(profile.keyboard())) {
      problems.add(Problem.of("profile.keyboard", "debian-installer 12 has no keyboard layout of that name;"
          + " use one of its keymaps, for example us, gb, de, fr(latin9), ch(fr)"));
    }
    if (!Syntax.timezone(profile.timezone())) {
      problems.add(Problem.of("profile.timezone", "write a time zone such as Etc/UTC or Europe/Paris"));
    }
    for (int i = 0; i < profile.ntpServers().size(); i++) {
      if (!Syntax.host(profile.ntpServers().get(i))) {
        problems.add(Problem.of("profile.ntpServers[" + i + "]", "not a host name or IP address"));
      }
    }
    for (int i = 0; i < profile.packages().size(); i++) {
      if (!Syntax.packageName(profile.packages().get(i))) {
        problems.add(Problem.of("profile.packages[" + i + "]", "not a Debian package name (lowercase letters,"
            + " digits, '+', '-' and '.')"));
      }
    }
    kernelArgs(profile, problems);
    if (profile.serialConsole() != null && !Syntax.serialConsole(profile.serialConsole())) {
      problems.add(Problem.of("profile.serialConsole", "write a console such as ttyS0,115200 or ttyAMA0,115200n8"));
    }
    enrollment(config, problems);
    problems.addAll(PreseedOptions.validate(profile));
    return problems;
  }

  private static void image(InstallConfig config, List<Problem> problems) {
    if (!"debian".equals(config.image().os())) {
      problems.add(Problem.of("image.os", "the preseed plugin installs Debian (os: debian)"));
    }
    if (config.image().version() == null || !config.image().version().matches("12(\\.\\d+)*")) {
      problems.add(Problem.of("image.version", "the preseed plugin installs Debian 12 with debian-installer 12"));
    }
    if (config.image().bootc() != null) {
      problems.add(Problem.of("image.bootc", "debian-installer does not install bootc images"));
    }
    Architecture arch = config.arch();
    if (arch != Architecture.X86_64 && arch != Architecture.AARCH64) {
      problems.add(Problem.of("server.arch", "the preseed plugin installs x86_64 and aarch64 machines"));
    }
    String at = "image.architectures." + arch.id();
    ImageArtifacts artifacts = config.artifacts();
    if (!url(artifacts.kernel())) {
      problems.add(Problem.of(at + ".kernel", "the netboot kernel ('linux' of debian-installer's netboot"
          + " image) is needed, as one URL or artifact path"));
    }
    if (artifacts.initrds().isEmpty()) {
      problems.add(Problem.of(at + ".initrds", "the netboot initrd ('initrd.gz' of debian-installer's netboot"
          + " image) is needed"));
    }
    for (int i = 0; i < artifacts.initrds().size(); i++) {
      if (!url(artifacts.initrds().get(i))) {
        problems.add(Problem.of(at + ".initrds[" + i + "]", "not a URL or artifact path"));
      }
    }
    try {
      Mirror.parse(artifacts.repository());
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(at + ".repository", e.getMessage()));
    }
  }

  private static boolean url(String s) {
    return s != null && s.matches("[A-Za-z][A-Za-z0-9+.-]*://[\\x21-\\x7e&&[^\"'`\\\\<>{}|^]]+");
  }

  private static void identity(Server server, List<Problem> problems) {
    if (!Syntax.hostLabel(server.hostname())) {
      problems.add(Problem.of("server.hostname", "a host name is one label of letters, digits and '-' (RFC 1123),"
          + " at most 63 characters"));
    }
    if (server.domain() != null && !Syntax.domain(server.domain())) {
      problems.add(Problem.of("server.domain", "not a DNS domain name"));
    }
    for (int i = 0; i < server.labels().size(); i++) {
      if (!Syntax.singleLine(server.labels().get(i))) {
        problems.add(Problem.of("server.labels[" + i + "]", "a label is one line without control characters"));
      }
    }
  }

  private static void kernelArgs(Profile profile, List<Problem> problems) {
    for (int i = 0; i < profile.kernelArgs().size(); i++) {
      KernelArg arg = profile.kernelArgs().get(i);
      String at = "profile.kernelArgs[" + i + "]";
      if (!Syntax.kernelArgKey(arg.key())) {
        problems.add(Problem.of(at + ".key", "a kernel argument name is letters, digits, '_', '.', ',', ':' or '-'"
            + " (debconf answers such as 'a/b=c' belong in the profile, not in kernelArgs)"));
      } else if (RESERVED_ARGS.contains(arg.key())) {
        problems.add(Problem.of(at + ".key", arg.key() + " is set by the preseed plugin or read by"
            + " debian-installer as a preseed answer"));
      }
      if (arg.value() != null && !Syntax.kernelArgValue(arg.value())) {
        problems.add(Problem.of(at + ".value", "d-i copies kernel arguments word by word into the installed"
            + " system: a value is printable ASCII without blanks, quotes, '\\', '`', '$' or ';'"));
      }
    }
  }

  private static void enrollment(InstallConfig config, List<Problem> problems) {
    Profile profile = config.profile();
    for (int i = 0; i < profile.labels().size(); i++) {
      if (!Syntax.singleLine(profile.labels().get(i))) {
        problems.add(Problem.of("profile.labels[" + i + "]", "a label is one line without control characters"));
      }
    }
    Enrollment e = profile.enrollment();
    if (e.role() != null && !Syntax.puppetWord(e.role())) {
      problems.add(Problem.of("profile.enrollment.role", "a role is letters, digits, '_', '.', ':' or '-'"));
    }
    if (e.environment() != null && !e.environment().matches("[a-z0-9_]{1,64}")) {
      problems.add(Problem.of("profile.enrollment.environment", "an OpenVox environment name is lowercase"
          + " letters, digits and '_'"));
    }
  }
}
