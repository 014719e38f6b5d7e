package dev.lab.plugins.rootfs;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rootfs deploy can do, checked before anything is planned: the image's rootfs archive and
 * its sha256 for the server's architecture, the firmware, the target disk, the host name, and the
 * profile values the deploy cannot honour (packages, locale, keyboard, NTP servers, which the image
 * carries). Disk layouts, network and accounts have their own rule classes.
 */
final class RootfsRules {
  /** The server fact that names the target disk when the profile does not. */
  static final String DISK_FACT = "disk";

  private RootfsRules() {}

  static List<Problem> check(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    image(config, problems);
    Architecture arch = config.arch();
    if (arch != Architecture.X86_64 && arch != Architecture.AARCH64) {
      problems.add(Problem.of("server.arch", "the rootfs deploy serves x86_64 and aarch64, not " + arch));
    }
    if (arch == Architecture.AARCH64 && config.server().firmware() == Firmware.BIOS) {
      problems.add(Problem.of("server.firmware", "an aarch64 server boots with uefi, not bios"));
    }
    disk(config, problems);
    if (!Syntax.hostLabel(config.server().hostname())) {
      problems.add(Problem.of("server.hostname", "a host name is one label of letters, digits and '-' (RFC 1123)"));
    }
    if (config.server().domain() != null && !Syntax.domain(config.server().domain())) {
      problems.add(Problem.of("server.domain", "a domain is DNS labels of letters, digits and '-' joined by '.'"));
    }
    for (int i = 0; i < config.server().nics().size(); i++) {
      if (!Syntax.mac(config.server().nics().get(i).mac())) {
        problems.add(Problem.of("server.nics[" + i + "].mac", "a MAC is six hex pairs joined by ':'"));
      }
    }
    profile(config.profile(), problems);
    problems.addAll(DiskRules.check(config.profile().disk()));
    problems.addAll(NetworkRules.check(config));
    problems.addAll(AccountRules.check(config.profile()));
    return problems;
  }

  /** @return the target disk: the profile's {@code disk.device}, else the server's fact {@code disk} */
  static String diskDevice(InstallConfig config) {
    String device = config.profile().disk().device();
    return device != null ? device : config.server().facts().get(DISK_FACT);
  }

  private static void image(InstallConfig config, List<Problem> problems) {
    String arch = config.arch().id();
    if (config.artifacts().rootfs() == null) {
      problems.add(Problem.of("image.architectures", "image " + config.image().name() + " has no rootfs archive for "
          + arch + ": build one with `lab image build " + config.image().name() + " --arch " + arch
          + "` or set architectures." + arch + ".rootfs"));
    } else if (!Syntax.url(config.artifacts().rootfs())) {
      problems.add(Problem.of("image.architectures", "the rootfs archive of image " + config.image().name()
          + " is a path under the artifact root or an http(s) URL, without blanks, quotes or control characters"));
    } else if (Compression.of(config.artifacts().rootfs()) == null) {
      problems.add(Problem.of("image.architectures", "the rootfs archive of image " + config.image().name()
          + " must be a .tar, .tar.zst, .tar.gz or .tar.xz file"));
    }
    if (!Syntax.sha256(config.artifacts().sha256())) {
      problems.add(Problem.of("image.architectures", "image " + config.image().name() + " needs the sha256 of its "
          + arch + " rootfs archive (64 lowercase hexadecimal digits): the agent checks every byte it streams"));
    }
  }

  private static void disk(InstallConfig config, List<Problem> problems) {
    String device = diskDevice(config);
    DiskLayout disk = config.profile().disk();
    String property = disk.device() != null ? "profile.disk.device" : "server.facts." + DISK_FACT;
    if (device == null) {
      problems.add(Problem.of("profile.disk.device", "the rootfs deploy writes the partitions' device names into"
          + " the plan, so it needs the target disk: set profile disk.device or the server's fact 'disk' to a kernel"
          + " name (vda, sda, nvme0n1) or a /dev/disk/by-id/ path"));
    } else if (!Syntax.kernelDiskName(device.startsWith("/dev/") && device.indexOf('/', 5) < 0 ? device.substring(5) : device)
        && !Syntax.diskLink(device)) {
      problems.add(Problem.of(property, "'" + device + "' is not a disk: write a kernel name (vda, sda, nvme0n1)"
          + " or a /dev/disk/by-id/ or /dev/disk/by-path/ link"));
    }
  }

  private static void profile(Profile profile, List<Problem> problems) {
    if (!profile.packages().isEmpty()) {
      problems.add(Problem.of("profile.packages", "the rootfs deploy installs no packages: the image carries them"
          + " (build an image with them, or let OpenVox install them after enrollment)"));
    }
    if (!profile.ntpServers().isEmpty()) {
      problems.add(Problem.of("profile.ntpServers", "the rootfs deploy does not configure time sync: the image"
          + " carries it (or let OpenVox configure it)"));
    }
    if (!profile.locale().equals("en_US.UTF-8")) {
      problems.add(Problem.of("profile.locale", "the rootfs deploy keeps the image's locale; remove locale"
          + " or build the image with it"));
    }
    if (!profile.keyboard().equals("us")) {
      problems.add(Problem.of("profile.keyboard", "the rootfs deploy keeps the image's keyboard layout; remove"
          + " keyboard or build the image with it"));
    }
    if (!Syntax.timezone(profile.timezone())) {
      problems.add(Problem.of("profile.timezone", "a time zone is a tz database name such as Europe/Paris or Etc/UTC"));
    }
    if (profile.serialConsole() != null && !Syntax.serialConsole(profile.serialConsole())) {
      problems.add(Problem.of("profile.serialConsole", "a serial console is a device and an optional speed, such as"
          + " ttyS0,115200 or ttyAMA0"));
    }
    for (int i = 0; i < profile.kernelArgs().size(); i++) {
      KernelArg a = profile.kernelArgs().get(i);
      if (!Syntax.kernelArgKey(a.key())) {
        problems.add(Problem.of("profile.kernelArgs[" + i + "].key", "a kernel argument name is letters, digits,"
            + " '_', '.', ',', ':' and '-'"));
      }
      if (a.value() != null && !Syntax.kernelArgValue(a.value())) {
        problems.add(Problem.of("profile.kernelArgs[" + i + "].value", "a kernel argument value is printable"
            + " characters without blanks, quotes, '\\', '`', '$' or ';'"));
      }
    }
    if (profile.enrollment().role() != null && !Syntax.puppetWord(profile.enrollment().role())) {
      problems.add(Problem.of("profile.enrollment.role", "a role is letters, digits, '_', '.', ':' and '-'"));
    }
    if (profile.enrollment().environment() != null && !Syntax.puppetWord(profile.enrollment().environment())) {
      problems.add(Problem.of("profile.enrollment.environment", "an environment is letters, digits, '_', '.', ':'"
          + " and '-'"));
    }
    Initramfs.check(profile, problems);
  }
}
