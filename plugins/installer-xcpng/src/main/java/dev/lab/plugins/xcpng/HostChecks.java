package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.plugins.xcpng.XcpngOptions.Mode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The host settings the answer file and the installer's command line carry: disks, root password,
 * keymap, time zone, host name, NTP, kernel arguments, serial console; and what XCP-ng's installer
 * cannot do at all (other disk layouts, users, packages).
 */
final class HostChecks {
  private static final Pattern ARG_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern ARG_VALUE = Pattern.compile("[A-Za-z0-9_.,:/=+@%-]{0,255}");

  private HostChecks() {}

  /**
   * @return the primary disk ({@code xcpng.primaryDisk}, else {@code profile.disk.device}); null
   *     when there is none, which only a restore accepts
   */
  static String primaryDisk(InstallConfig config, XcpngOptions options, List<Problem> problems) {
    DiskLayout disk = config.profile().disk();
    String device = disk.deviceName();
    boolean reported = config.profile().options().containsKey(XcpngOptions.PRIMARY_DISK);
    if (device != null && !Values.isDisk(device)) {
      problems.add(Problem.of("profile.disk.device", XcpngOptions.diskMessage(disk.device())));
      device = null;
      reported = true;
    }
    String chosen = options.primaryDisk() != null ? options.primaryDisk() : device;
    if (chosen == null && options.mode() != Mode.RESTORE && !reported) {
      problems.add(Problem.of("profile.disk.device", "XCP-ng's installer needs the disk to install on by"
          + " name: set the profile's disk device (for example sda or nvme0n1) or "
          + XcpngOptions.PRIMARY_DISK));
    }
    if (chosen != null && options.guestDisks().contains(chosen)) {
      problems.add(Problem.of(XcpngOptions.path(XcpngOptions.GUEST_DISKS), Values.show(chosen)
          + " is the primary disk; use " + XcpngOptions.SR_ON_PRIMARY + " to put its free space into the"
          + " storage repository"));
    }
    if (disk.layout() != DiskLayoutKind.XCPNG
        && (disk.layout() != DiskLayoutKind.LVM || !disk.partitions().isEmpty() || !disk.volumeGroups().isEmpty())) {
      problems.add(Problem.of("profile.disk.layout", "XCP-ng's installer lays the disk out itself (root,"
          + " backup root, storage repository, ESP, log, swap): use the default layout or xcpng"));
    }
    return chosen;
  }

  /** @return where NTP servers come from, respecting the installer's rule that servers go with manual only */
  static String ntpSource(InstallConfig config, XcpngOptions options, ManagementInterface management,
      List<Problem> problems) {
    List<String> servers = config.profile().ntpServers();
    for (int i = 0; i < servers.size(); i++) {
      if (!Values.isHostname(servers.get(i)) && !Values.isIp(servers.get(i))) {
        problems.add(Problem.of("profile.ntpServers[" + i + "]", Values.show(servers.get(i))
            + " is not a host name or an IP address"));
      }
    }
    String chosen = options.ntp();
    String optionPath = XcpngOptions.path(XcpngOptions.NTP);
    if (!servers.isEmpty()) {
      if (chosen != null && !chosen.equals("manual")) {
        problems.add(Problem.of(optionPath, "the profile lists NTP servers, which XCP-ng's installer"
            + " accepts only with manual; remove " + chosen + " or the servers"));
      }
      return "manual";
    }
    if ("manual".equals(chosen)) {
      problems.add(Problem.of("profile.ntpServers", "NTP source manual needs at least one server"));
      return chosen;
    }
    boolean dhcp = management != null && management.dhcp();
    if ("dhcp".equals(chosen) && management != null && !dhcp) {
      problems.add(Problem.of(optionPath, "the management interface has a static address, so no DHCP"
          + " server hands out NTP servers: use default or list servers"));
    }
    return chosen != null ? chosen : dhcp ? "dhcp" : "default";
  }

  /** Checks what a fresh install writes about the host, and what the installer cannot do. */
  static void check(InstallConfig config, XcpngOptions options, List<Problem> problems) {
    Profile profile = config.profile();
    Server server = config.server();
    if (options.mode().installsHost()) {
      String hash = profile.rootPasswordHash();
      if (hash == null) {
        problems.add(Problem.of("profile.rootPasswordHash", "XCP-ng needs a root password: give its"
            + " SHA-512 crypt(3) hash (lab hash-password makes one)"));
      } else if (!Values.isShaCrypt(hash)) {
        problems.add(Problem.of("profile.rootPasswordHash", "XCP-ng 8.3's dom0 verifies SHA-512 ($6$) or"
            + " SHA-256 ($5$) crypt(3) hashes only; this is not one (yescrypt $y$ cannot log in there)"));
      }
    }
    if (!Values.isKeymap(profile.keyboard())) {
      problems.add(Problem.of("profile.keyboard", Values.show(profile.keyboard())
          + " is not a console keymap name such as us, uk or de-latin1"));
    }
    if (!Values.isTimezone(profile.timezone())) {
      problems.add(Problem.of("profile.timezone", Values.show(profile.timezone())
          + " is not a time zone name such as Etc/UTC or Europe/Paris"));
    }
    if (!Values.isLabel(server.hostname())) {
      problems.add(Problem.of("server.hostname", Values.show(server.hostname())
          + " is not a host name (letters, digits and inner dashes, at most 63)"));
    }
    if (server.domain() != null && !Values.isHostname(server.domain())) {
      problems.add(Problem.of("server.domain", Values.show(server.domain()) + " is not a DNS domain"));
    } else if (Values.isLabel(server.hostname()) && !Values.isHostname(server.fqdn())) {
      problems.add(Problem.of("server.domain", "the host name and domain are longer than 253 characters"));
    }
    if (!profile.users().isEmpty()) {
      problems.add(Problem.of("profile.users", "XCP-ng's dom0 has root only and its installer creates no"
          + " users: manage other accounts with OpenVox"));
    }
    if (!profile.packages().isEmpty()) {
      problems.add(Problem.of("profile.packages", "XCP-ng's installer installs no extra packages into"
          + " dom0: manage them with OpenVox after the install"));
    }
    List<KernelArg> args = profile.kernelArgs();
    for (int i = 0; i < args.size(); i++) {
      KernelArg arg = args.get(i);
      String p = "profile.kernelArgs[" + i + "]";
      if (!ARG_KEY.matcher(arg.key()).matches()) {
        problems.add(Problem.of(p + ".key", Values.show(arg.key()) + " is not a kernel argument name"));
      } else if (XcpngBoot.RESERVED.contains(arg.key())) {
        problems.add(Problem.of(p + ".key", arg.key() + " is set by Lab for the automatic install"));
      }
      if (arg.value() != null && !ARG_VALUE.matcher(arg.value()).matches()) {
        problems.add(Problem.of(p + ".value", Values.show(arg.value()) + " cannot be passed: XCP-ng's"
            + " installer start-up splits its command line at blanks and quotes; use letters, digits"
            + " and _ . , : / = + @ % -"));
      }
    }
  }

  /** @return the serial console, null when the profile has none or it cannot be used */
  static SerialConsole serial(InstallConfig config, List<Problem> problems) {
    String value = config.profile().serialConsole();
    if (value == null) {
      return null;
    }
    return SerialConsole.parse(value).orElseGet(() -> {
      problems.add(Problem.of("profile.serialConsole", Values.show(value) + " is not a serial console"
          + " Xen can drive: write ttyS0 to ttyS3, optionally with a baud rate such as ttyS0,115200n8"));
      return null;
    });
  }
}
