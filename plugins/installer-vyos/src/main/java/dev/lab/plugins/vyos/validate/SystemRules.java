package dev.lab.plugins.vyos.validate;

import dev.lab.api.Problem;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.plugins.vyos.model.Names;
import dev.lab.plugins.vyos.model.SerialConsole;
import dev.lab.plugins.vyos.model.VyosOptions;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The system-wide settings VyOS 1.4 can take (host and domain name, time zone, NTP, console,
 * keyboard, SSH options, kernel arguments) and what it cannot (locales, extra packages, disk
 * layouts).
 */
final class SystemRules {
  /** Keyboard layouts VyOS 1.4 accepts for {@code system option keyboard-layout}. */
  static final List<String> KEYBOARDS =
      List.of("us", "uk", "fr", "de", "es", "fi", "it", "jp106", "no", "dk", "se-latin1", "dvorak");
  static final String LOCALE = "en_US.UTF-8";
  private static final Pattern ARG_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern ARG_VALUE = Pattern.compile("[!#-&(-\\[\\]-~]{1,1024}");
  /** Kernel arguments the live boot sets itself. */
  private static final Set<String> RESERVED_ARGS =
      Set.of("boot", "fetch", "BOOTIF", "initrd", "union", "vyos-config", "vyos-union", "live-media-path");
  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_]{1,64}");
  private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_:.-]{1,128}");
  private static final Set<String> TIME_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

  private SystemRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Server server = config.server();
    Profile profile = config.profile();
    if (!Names.isHostName(server.hostname())) {
      problems.add(Problem.of("server.hostname", "VyOS needs a host name of 2 to 63 letters, digits and "
          + "inner dashes"));
    }
    if (server.domain() != null && !Names.isDomainName(server.domain())) {
      problems.add(Problem.of("server.domain", "must be a domain name such as lab.example"));
    }
    if (!TIME_ZONES.contains(profile.timezone())) {
      problems.add(Problem.of("profile.timezone", "must be a time zone name such as Etc/UTC or Europe/Paris"));
    }
    for (int i = 0; i < profile.ntpServers().size(); i++) {
      if (!Names.isHostOrAddress(profile.ntpServers().get(i))) {
        problems.add(Problem.of("profile.ntpServers[" + i + "]", "must be a host name or an IP address"));
      }
    }
    if (!LOCALE.equals(profile.locale())) {
      problems.add(Problem.of("profile.locale", "VyOS has no locale setting: leave the locale unset"));
    }
    if (!KEYBOARDS.contains(profile.keyboard())) {
      problems.add(Problem.of("profile.keyboard", "VyOS 1.4 offers the keyboard layouts "
          + String.join(", ", KEYBOARDS)));
    }
    if (!profile.packages().isEmpty()) {
      problems.add(Problem.of("profile.packages",
          "VyOS is an image, not a package set: it cannot install extra packages"));
    }
    console(profile, problems);
    disk(profile.disk(), problems);
    kernelArgs(profile.kernelArgs(), problems);
    enrollment(profile, problems);
    VyosOptions.check(profile, problems);
  }

  private static void console(Profile profile, List<Problem> problems) {
    if (profile.serialConsole() == null) {
      return;
    }
    SerialConsole console = SerialConsole.parse(profile.serialConsole());
    String problem = console == null ? "must read DEVICE[,SPEED], for example ttyS0,115200" : console.vyosProblem();
    if (problem != null) {
      problems.add(Problem.of("profile.serialConsole", problem));
    }
  }

  private static void disk(DiskLayout disk, List<Problem> problems) {
    String why = "VyOS installs a system image with its own partitions";
    if (disk.layout() != DiskLayoutKind.LVM) {
      problems.add(Problem.of("profile.disk.layout", why + ": a " + disk.layout()
          + " layout is not possible, leave the disk layout unset"));
    }
    if (!disk.partitions().isEmpty()) {
      problems.add(Problem.of("profile.disk.partitions", why + ": it cannot take custom partitions"));
    }
    if (!disk.volumeGroups().isEmpty()) {
      problems.add(Problem.of("profile.disk.volumeGroups", why + ": it cannot use LVM volume groups"));
    }
    if (disk.device() != null) {
      problems.add(Problem.of("profile.disk.device", "the VyOS live boot writes no disk; the image "
          + "install chooses its disk itself: leave the device unset"));
    }
  }

  private static void kernelArgs(List<KernelArg> args, List<Problem> problems) {
    for (int i = 0; i < args.size(); i++) {
      KernelArg arg = args.get(i);
      String path = "profile.kernelArgs[" + i + "]";
      if (!ARG_KEY.matcher(arg.key()).matches()) {
        problems.add(Problem.of(path + ".key", "must be letters, digits, '_', '.' or '-'"));
      } else if (RESERVED_ARGS.contains(arg.key())) {
        problems.add(Problem.of(path + ".key", arg.key() + " is set by the VyOS live boot itself"));
      }
      if (arg.value() != null && !ARG_VALUE.matcher(arg.value()).matches()) {
        problems.add(Problem.of(path + ".value",
            "must be printable ASCII without blanks, quotes or backslashes"));
      }
    }
  }

  private static void enrollment(Profile profile, List<Problem> problems) {
    String environment = profile.enrollment().environment();
    if (environment != null && !ENVIRONMENT.matcher(environment).matches()) {
      problems.add(Problem.of("profile.enrollment.environment",
          "an OpenVox environment name is letters, digits and '_'"));
    }
    String role = profile.enrollment().role();
    if (role != null && !ROLE.matcher(role).matches()) {
      problems.add(Problem.of("profile.enrollment.role",
          "a role is letters, digits, '_', ':', '.' and '-'"));
    }
  }
}
