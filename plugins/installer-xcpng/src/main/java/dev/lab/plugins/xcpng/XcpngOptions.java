package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The XCP-ng plugin's settings from {@code Profile.options}, every key prefixed {@code xcpng.}:
 *
 * <dl>
 *   <dt>{@code xcpng.mode}
 *   <dd>{@code fresh} (default) installs over the primary disk. {@code reinstall} does the same after
 *       backing the existing installation up; {@code upgrade} upgrades the installation on the
 *       primary disk keeping its settings; {@code restore} restores the backup an earlier upgrade
 *       kept. Lab never chooses these three by itself: they must be asked for here.
 *   <dt>{@code xcpng.srType}
 *   <dd>The local storage repository: {@code lvm} or {@code ext}. Unset leaves the installer's
 *       default ({@code ext}, or the large-block SR type when a guest disk has 4 KiB sectors).
 *   <dt>{@code xcpng.primaryDisk}
 *   <dd>The disk dom0 is installed on; overrides {@code profile.disk.device}.
 *   <dt>{@code xcpng.guestDisks}
 *   <dd>Further disks for the local storage repository, comma-separated.
 *   <dt>{@code xcpng.srOnPrimary}
 *   <dd>{@code true} (default) puts the rest of the primary disk into the local storage repository.
 *   <dt>{@code xcpng.adminInterfaceBy}
 *   <dd>How the installer finds the management NIC: {@code mac} (default) or {@code name} (its
 *       {@code ethN} name in dom0).
 *   <dt>{@code xcpng.ntp}
 *   <dd>Where NTP servers come from: {@code manual} (the profile's {@code ntpServers}), {@code dhcp}
 *       or {@code default} (XCP-ng's pool servers). Unset: manual when the profile lists servers,
 *       dhcp when the management interface uses DHCP, else default.
 *   <dt>{@code xcpng.networkBackend}
 *   <dd>{@code openvswitch} (default) or {@code bridge}.
 *   <dt>{@code xcpng.dom0Mem}
 *   <dd>Xen's {@code dom0_mem} boot argument for the installer, default {@code max:8192M}.
 *   <dt>{@code xcpng.dom0MaxVcpus}
 *   <dd>Xen's {@code dom0_max_vcpus} boot argument for the installer, default {@code 1-16}.
 * </dl>
 *
 * @param mode the install mode
 * @param srType {@code lvm} or {@code ext}; null for the installer's default
 * @param primaryDisk the primary disk when set here; null to use the profile's disk device
 * @param guestDisks further disks for the local storage repository
 * @param srOnPrimary whether the primary disk's free space joins the local storage repository
 * @param adminInterfaceBy how the installer finds the management NIC
 * @param ntp the NTP source when set here; null to derive it
 * @param networkBackend {@code openvswitch} or {@code bridge}
 * @param dom0Mem Xen's dom0_mem argument
 * @param dom0MaxVcpus Xen's dom0_max_vcpus argument
 */
record XcpngOptions(
    Mode mode, String srType, String primaryDisk, List<String> guestDisks, boolean srOnPrimary,
    AdminBy adminInterfaceBy, String ntp, String networkBackend, String dom0Mem, String dom0MaxVcpus) {

  static final String PREFIX = "xcpng.";
  static final String MODE = PREFIX + "mode";
  static final String SR_TYPE = PREFIX + "srType";
  static final String PRIMARY_DISK = PREFIX + "primaryDisk";
  static final String GUEST_DISKS = PREFIX + "guestDisks";
  static final String SR_ON_PRIMARY = PREFIX + "srOnPrimary";
  static final String ADMIN_INTERFACE_BY = PREFIX + "adminInterfaceBy";
  static final String NTP = PREFIX + "ntp";
  static final String NETWORK_BACKEND = PREFIX + "networkBackend";
  static final String DOM0_MEM = PREFIX + "dom0Mem";
  static final String DOM0_MAX_VCPUS = PREFIX + "dom0MaxVcpus";
  private static final Set<String> KEYS = Set.of(MODE, SR_TYPE, PRIMARY_DISK, GUEST_DISKS,
      SR_ON_PRIMARY, ADMIN_INTERFACE_BY, NTP, NETWORK_BACKEND, DOM0_MEM, DOM0_MAX_VCPUS);

  /** The options an upgrade or a restore has no use for. */
  private static final Set<String> FRESH_ONLY = Set.of(SR_TYPE, GUEST_DISKS, SR_ON_PRIMARY, NTP, NETWORK_BACKEND);

  private static final Pattern DOM0_MEM_FORMAT =
      Pattern.compile("(?:(?:min|max):)?[0-9]{1,7}[KMGT]?(?:,(?:min|max):[0-9]{1,7}[KMGT]?){0,2}");
  private static final Pattern VCPUS_FORMAT = Pattern.compile("[1-9][0-9]{0,3}(?:-[1-9][0-9]{0,3})?");

  XcpngOptions {
    guestDisks = List.copyOf(guestDisks);
  }

  /** The installer's four operations. */
  enum Mode {
    FRESH, REINSTALL, UPGRADE, RESTORE;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether this mode writes a whole new host (disks, network, password...) */
    boolean installsHost() {
      return this == FRESH || this == REINSTALL;
    }
  }

  /** How the installer finds the management NIC. */
  enum AdminBy {
    MAC, NAME
  }

  /** @return the problem path of an option */
  static String path(String key) {
    return "profile.options." + key;
  }

  /**
   * Reads the options, adding a problem for every unknown {@code xcpng.*} key and every bad value
   * (which then reads as its default).
   */
  static XcpngOptions read(Map<String, String> options, List<Problem> problems) {
    for (String key : new TreeSet<>(options.keySet())) {
      if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
        problems.add(Problem.of(path(key), "unknown XCP-ng option; the options are "
            + String.join(", ", new TreeSet<>(KEYS))));
      }
    }
    Mode mode = choice(options, MODE, Mode.FRESH, problems,
        "must be fresh, reinstall, upgrade or restore", Mode.values());
    AdminBy by = choice(options, ADMIN_INTERFACE_BY, AdminBy.MAC, problems, "must be mac or name",
        AdminBy.values());
    String srType = word(options, SR_TYPE, null, Set.of("lvm", "ext"), problems,
        "must be lvm or ext (leave it unset for the installer's default)");
    String ntp = options.get(NTP);
    if ("none".equals(ntp)) {
      problems.add(Problem.of(path(NTP), "none cannot be used in an answer file: XCP-ng's installer then"
          + " asks for the time on its console; use manual, dhcp or default"));
      ntp = null;
    } else {
      ntp = word(options, NTP, null, Set.of("manual", "dhcp", "default"), problems,
          "must be manual, dhcp or default");
    }
    String backend = word(options, NETWORK_BACKEND, "openvswitch", Set.of("openvswitch", "bridge"),
        problems, "must be openvswitch or bridge");
    String srOnPrimary = word(options, SR_ON_PRIMARY, "true", Set.of("true", "false"), problems,
        "must be true or false");
    String dom0Mem = formatted(options, DOM0_MEM, "max:8192M", DOM0_MEM_FORMAT, problems,
        "must be a Xen dom0_mem value such as max:8192M or 4096M,max:8192M");
    String vcpus = formatted(options, DOM0_MAX_VCPUS, "1-16", VCPUS_FORMAT, problems,
        "must be a Xen dom0_max_vcpus value such as 4 or 1-16");
    String primary = options.get(PRIMARY_DISK);
    if (primary != null && !Values.isDisk(primary)) {
      problems.add(Problem.of(path(PRIMARY_DISK), diskMessage(primary)));
      primary = null;
    }
    List<String> guests = new ArrayList<>();
    String guestList = options.get(GUEST_DISKS);
    if (guestList != null) {
      for (String disk : guestList.split(",", -1)) {
        if (!Values.isDisk(disk.strip())) {
          problems.add(Problem.of(path(GUEST_DISKS), diskMessage(disk) + "; separate disks with commas"));
        } else if (!guests.contains(disk.strip())) {
          guests.add(disk.strip());
        }
      }
    }
    if (!mode.installsHost()) {
      for (String key : new TreeSet<>(FRESH_ONLY)) {
        if (options.containsKey(key)) {
          problems.add(Problem.of(path(key), "only fresh installs and re-installs use this option: "
              + mode.id() + " keeps the host's storage and settings"));
        }
      }
    }
    return new XcpngOptions(mode, srType, primary, guests, Boolean.parseBoolean(srOnPrimary), by, ntp,
        backend, dom0Mem, vcpus);
  }

  /** @return the message for a value that is not a disk name */
  static String diskMessage(String value) {
    return Values.show(value) + " is not a disk: write a kernel name such as sda or nvme0n1, or a"
        + " /dev/disk/by-id/... path";
  }

  private static <E extends Enum<E>> E choice(Map<String, String> options, String key, E fallback,
      List<Problem> problems, String message, E[] values) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    for (E e : values) {
      if (e.name().toLowerCase(Locale.ROOT).equals(v)) {
        return e;
      }
    }
    problems.add(Problem.of(path(key), Values.show(v) + " " + message));
    return fallback;
  }

  private static String word(Map<String, String> options, String key, String fallback, Set<String> allowed,
      List<Problem> problems, String message) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    if (allowed.contains(v)) {
      return v;
    }
    problems.add(Problem.of(path(key), Values.show(v) + " " + message));
    return fallback;
  }

  private static String formatted(Map<String, String> options, String key, String fallback, Pattern format,
      List<Problem> problems, String message) {
    String v = options.get(key);
    if (v == null) {
      return fallback;
    }
    if (format.matcher(v).matches()) {
      return v;
    }
    problems.add(Problem.of(path(key), Values.show(v) + " " + message));
    return fallback;
  }
}
