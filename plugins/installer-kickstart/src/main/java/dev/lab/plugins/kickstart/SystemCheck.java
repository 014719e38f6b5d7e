package dev.lab.plugins.kickstart;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what is not network, disk, accounts or bootc: the OS release, architecture and firmware,
 * install source, localisation, time, console, kernel arguments, packages, host name and the
 * enrollment's labels.
 */
final class SystemCheck {
  /** Kernel arguments Lab sets itself for the installer; a profile cannot override them. */
  static final Set<String> RESERVED_KERNEL_ARGS = Set.of("inst.ks", "ks", "inst.repo", "inst.stage2", "ip",
      "ifname", "bond", "vlan", "nameserver", "inst.text", "inst.cmdline", "inst.graphical", "BOOT_IMAGE",
      "initrd", "BOOTIF");

  private SystemCheck() {}

  /** @return the release, when the image names a supported one */
  static Optional<OsRelease> checkRelease(InstallConfig config, Problems problems) {
    String os = config.image().os();
    if (!OsRelease.FAMILIES.contains(os)) {
      problems.add("image.os", "the kickstart plugin installs " + NetworkCheck.sorted(OsRelease.FAMILIES)
          + ", not " + Syntax.show(os));
      return Optional.empty();
    }
    Optional<OsRelease> release = OsRelease.parse(os, config.image().version());
    if (release.isEmpty()) {
      problems.add("image.version", Syntax.show(config.image().version())
          + " is not a release number such as 41 or 9.4");
      return Optional.empty();
    }
    Optional<String> unsupported = release.get().unsupportedReason();
    unsupported.ifPresent(reason -> problems.add("image.version", reason));
    return unsupported.isPresent() ? Optional.empty() : release;
  }

  static void checkPlatform(InstallConfig config, Set<Architecture> supported, Problems problems) {
    Server server = config.server();
    Architecture arch = server.arch();
    problems.require(supported.contains(arch), "server.arch",
        "the kickstart plugin installs " + supported.stream().map(Architecture::id).sorted().toList() + ", not " + arch);
    problems.require(config.image().arches().contains(arch), "image.architectures",
        "image " + config.image().name() + " provides no " + arch + " artifacts");
    problems.require(!(server.firmware() == Firmware.BIOS && arch != Architecture.X86_64), "server.firmware",
        arch + " machines boot with UEFI: legacy BIOS exists only on x86_64");
    problems.require(config.profile().method() == InstallMethod.NATIVE, "profile.method",
        "the kickstart plugin runs the OS's own installer (native); the rootfs method is another plugin's");
  }

  static void checkArtifacts(InstallConfig config, Problems problems) {
    ImageArtifacts a = config.artifacts();
    String base = "image.architectures." + config.arch().id();
    if (a.repository() == null) {
      problems.add(base + ".repository", "kickstart needs the install tree's URL (the repository with"
          + " images/pxeboot/ and the installer's stage 2), for example .../releases/41/Everything/"
          + config.arch().id() + "/os/");
    } else {
      problems.require(Syntax.matches(Syntax.URL, a.repository()), base + ".repository", urlMessage(a.repository()));
    }
    if (a.kernel() != null) {
      problems.require(Syntax.matches(Syntax.URL, a.kernel()), base + ".kernel", urlMessage(a.kernel()));
    }
    for (int i = 0; i < a.initrds().size(); i++) {
      problems.require(Syntax.matches(Syntax.URL, a.initrds().get(i)), base + ".initrds[" + i + "]",
          urlMessage(a.initrds().get(i)));
    }
  }

  static void checkHost(Server server, Problems problems) {
    problems.require(Syntax.matches(Syntax.HOST_LABEL, server.hostname()), "server.hostname",
        Syntax.show(server.hostname()) + " is not a host name: use letters, digits and '-' (RFC 1123), at most 63");
    if (server.domain() != null) {
      problems.require(Syntax.dnsName(server.domain()), "server.domain",
          Syntax.show(server.domain()) + " is not a DNS domain such as lab.example");
    }
  }

  static void checkLocalisation(Profile p, Problems problems) {
    problems.require(Syntax.matches(Syntax.LOCALE, p.locale()), "profile.locale",
        Syntax.show(p.locale()) + " is not a locale such as en_US.UTF-8");
    problems.require(Syntax.matches(Syntax.KEYMAP, p.keyboard()), "profile.keyboard",
        Syntax.show(p.keyboard()) + " is not a console keymap such as us or de-nodeadkeys");
    problems.require(Syntax.matches(Syntax.TIMEZONE, p.timezone()), "profile.timezone",
        Syntax.show(p.timezone()) + " is not a time zone such as Europe/Paris or Etc/UTC");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < p.ntpServers().size(); i++) {
      String s = p.ntpServers().get(i);
      String path = "profile.ntpServers[" + i + "]";
      if (problems.require(Syntax.dnsName(s) || Ip.isAddress(s), path,
          Syntax.show(s) + " is not a host name or IP address")) {
        problems.require(seen.add(s), path, s + " is listed twice");
      }
    }
  }

  static void checkBoot(Profile p, Problems problems) {
    if (p.serialConsole() != null) {
      problems.require(Syntax.matches(Syntax.SERIAL_CONSOLE, p.serialConsole()), "profile.serialConsole",
          Syntax.show(p.serialConsole()) + " is not a serial console such as ttyS0,115200 or ttyAMA0");
    }
    List<KernelArg> args = p.kernelArgs();
    for (int i = 0; i < args.size(); i++) {
      KernelArg arg = args.get(i);
      String path = "profile.kernelArgs[" + i + "]";
      if (!Syntax.matches(Syntax.KERNEL_ARG_KEY, arg.key())) {
        problems.add(path + ".key", Syntax.show(arg.key()) + " is not a kernel argument name: use letters,"
            + " digits, '_', '.' or '-'");
      } else if (RESERVED_KERNEL_ARGS.contains(arg.key())) {
        problems.add(path + ".key", "Lab sets " + arg.key() + " itself for the installer");
      }
      if (arg.value() != null) {
        problems.require(Syntax.matches(Syntax.KERNEL_ARG_VALUE, arg.value()), path + ".value",
            Syntax.show(arg.value()) + " is not a kernel argument value Lab writes: use letters, digits and"
                + " _ . , : / = + @ % - (no blanks or quotes)");
      }
    }
  }

  static void checkPackages(Profile p, boolean bootc, Problems problems) {
    if (bootc && !p.packages().isEmpty()) {
      problems.add("profile.packages", "a bootc image brings its own packages (kickstart has no %packages"
          + " with ostreecontainer): build them into the image");
      return;
    }
    for (int i = 0; i < p.packages().size(); i++) {
      String pkg = p.packages().get(i);
      problems.require(Syntax.matches(Syntax.PACKAGE, pkg), "profile.packages[" + i + "]",
          Syntax.show(pkg) + " is not a package name, @group or @^environment");
    }
  }

  static void checkEnrollment(InstallConfig config, Problems problems) {
    Profile p = config.profile();
    checkLabels(p.labels(), "profile.labels", problems);
    checkLabels(config.server().labels(), "server.labels", problems);
    if (p.enrollment().role() != null) {
      problems.require(Syntax.matches(Syntax.ROLE, p.enrollment().role()), "profile.enrollment.role",
          Syntax.show(p.enrollment().role()) + " is not a role: use letters, digits, '_', ':', '.' or '-'");
    }
    if (p.enrollment().environment() != null) {
      problems.require(Syntax.matches(Syntax.PUPPET_ENVIRONMENT, p.enrollment().environment()),
          "profile.enrollment.environment", Syntax.show(p.enrollment().environment())
              + " is not an OpenVox environment name: use lowercase letters, digits and '_'");
    }
  }

  private static void checkLabels(List<String> labels, String base, Problems problems) {
    for (int i = 0; i < labels.size(); i++) {
      problems.require(Syntax.matches(Syntax.LABEL, labels.get(i)), base + "[" + i + "]",
          Syntax.show(labels.get(i)) + " is not a label: use letters, digits, '_', '.', ':', '=', '/' or '-'");
    }
  }

  private static String urlMessage(String url) {
    return Syntax.show(url) + " is not an http, https or ftp URL Lab can write (no blanks, quotes, '#', '$' or"
        + " ';')";
  }
}
