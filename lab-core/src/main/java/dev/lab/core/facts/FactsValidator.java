package dev.lab.core.facts;

import dev.lab.api.Ipv4;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks facts before Lab stores or uses them. Facts come from a machine nobody has vouched for
 * yet, so every text is held to a narrow rule: names and paths to the characters the kernel
 * uses, free text (models, serials, vendors) to printable characters without control characters,
 * sizes and counts to sane ranges. MACs come back lowercase and colon-separated.
 */
public final class FactsValidator {
  /** Longest free text (model, serial, vendor...) accepted. */
  public static final int MAX_TEXT = 128;
  /** Most disks accepted. */
  public static final int MAX_DISKS = 256;
  /** Most NICs accepted. */
  public static final int MAX_NICS = 64;

  private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}");
  private static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,63}");
  private static final Pattern DEVICE_PATH = Pattern.compile("/dev(/[A-Za-z0-9][A-Za-z0-9._:@+,=-]{0,199}){1,4}");
  private static final Pattern DRIVER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final List<String> DISK_TYPES = List.of("hdd", "ssd", "nvme", "virtio");
  private static final long MAX_BYTES = 1L << 60;

  private final List<FactProblem> problems = new ArrayList<>();

  private FactsValidator() {
  }

  /**
   * @param facts facts as posted
   * @return the same facts with MACs normalised
   * @throws FactsException listing every problem
   */
  public static Facts validate(Facts facts) {
    FactsValidator v = new FactsValidator();
    Facts normal = v.facts(facts);
    if (!v.problems.isEmpty()) {
      throw new FactsException(v.problems);
    }
    return normal;
  }

  /** @return the MAC lowercase and colon-separated, or null when it is not a MAC */
  public static String normalMac(String mac) {
    return mac != null && MAC.matcher(mac).matches() ? mac.toLowerCase(Locale.ROOT).replace('-', ':') : null;
  }

  private Facts facts(Facts f) {
    String mac = mac("mac", f.mac());
    String arch = oneOf("architecture", f.architecture(),
        Arrays.stream(Architecture.values()).map(Architecture::id).toList());
    String firmware = oneOf("firmware", f.firmware(), Arrays.stream(Firmware.values()).map(Firmware::id).toList());
    if (f.cpu() != null) {
      text("cpu.model", f.cpu().model());
      count("cpu.sockets", f.cpu().sockets(), 1024);
      count("cpu.cores", f.cpu().cores(), 1 << 20);
      count("cpu.threads", f.cpu().threads(), 1 << 20);
    }
    if (f.memoryBytes() != null && (f.memoryBytes() <= 0 || f.memoryBytes() > MAX_BYTES)) {
      add("memoryBytes", "must be a positive number of bytes, at most 2^60");
    }
    if (f.disks().size() > MAX_DISKS) {
      add("disks", "lists " + f.disks().size() + " disks; at most " + MAX_DISKS + " are accepted");
    }
    for (int i = 0; i < f.disks().size() && i < MAX_DISKS; i++) {
      disk("disks[" + i + "]", f.disks().get(i));
    }
    List<Facts.Nic> nics = new ArrayList<>();
    if (f.nics().size() > MAX_NICS) {
      add("nics", "lists " + f.nics().size() + " NICs; at most " + MAX_NICS + " are accepted");
    }
    for (int i = 0; i < f.nics().size() && i < MAX_NICS; i++) {
      nics.add(nic("nics[" + i + "]", f.nics().get(i)));
    }
    if (f.dmi() != null) {
      text("dmi.vendor", f.dmi().vendor());
      text("dmi.product", f.dmi().product());
      text("dmi.serial", f.dmi().serial());
      text("dmi.uuid", f.dmi().uuid());
    }
    if (f.bmc() != null) {
      bmc(f.bmc().address());
    }
    return new Facts(mac, arch, firmware, f.cpu(), f.memoryBytes(), f.disks(), nics, f.dmi(), f.bmc());
  }

  private void disk(String at, Facts.Disk d) {
    if (d == null) {
      add(at, "is null; a disk is an object");
      return;
    }
    matching(at + ".name", d.name(), DEVICE_NAME, "a kernel device name such as nvme0n1");
    matching(at + ".path", d.path(), DEVICE_PATH, "a device path such as /dev/nvme0n1");
    if (d.byId() != null) {
      matching(at + ".byId", d.byId(), DEVICE_PATH, "a path such as /dev/disk/by-id/nvme-...");
    }
    if (d.sizeBytes() == null || d.sizeBytes() < 0 || d.sizeBytes() > MAX_BYTES) {
      add(at + ".sizeBytes", "must be a number of bytes from 0 to 2^60");
    }
    oneOf(at + ".type", d.type(), DISK_TYPES);
    text(at + ".model", d.model());
    text(at + ".serial", d.serial());
  }

  private Facts.Nic nic(String at, Facts.Nic n) {
    if (n == null) {
      add(at, "is null; a NIC is an object");
      return null;
    }
    matching(at + ".name", n.name(), DEVICE_NAME, "an interface name such as eno1");
    String mac = mac(at + ".mac", n.mac());
    if (n.driver() != null) {
      matching(at + ".driver", n.driver(), DRIVER, "a kernel driver name such as ixgbe");
    }
    if (n.speedMbps() != null && (n.speedMbps() < 0 || n.speedMbps() > 10_000_000)) {
      add(at + ".speedMbps", "must be from 0 to 10000000 (Mbit/s), or absent when unknown");
    }
    return new Facts.Nic(n.name(), mac, n.driver(), n.speedMbps(), n.link());
  }

  private void bmc(String address) {
    if (address == null) {
      add("bmc.address", "is required when bmc is given");
    } else if (!Ipv4.isValid(address) && !ipv6(address)) {
      add("bmc.address", "'" + shown(address) + "' is not an IPv4 or IPv6 address");
    }
  }

  private static boolean ipv6(String address) {
    if (!IPV6.matcher(address).matches() || address.indexOf(':') < 0) {
      return false;
    }
    try {
      // a literal with a colon is parsed, never looked up
      return java.net.InetAddress.getByName(address) instanceof java.net.Inet6Address;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private String mac(String at, String mac) {
    if (mac == null) {
      add(at, "is required");
      return null;
    }
    String normal = normalMac(mac);
    if (normal == null) {
      add(at, "'" + shown(mac) + "' is not a MAC address such as 52:54:00:12:34:56");
    } else if (normal.equals("00:00:00:00:00:00") || (Integer.parseInt(normal.substring(0, 2), 16) & 1) == 1) {
      add(at, "'" + normal + "' is not the address of one NIC (all zeros, or a multicast address)");
    }
    return normal;
  }

  private String oneOf(String at, String value, List<String> allowed) {
    if (value == null) {
      add(at, "is required: " + String.join(", ", allowed));
    } else if (!allowed.contains(value)) {
      add(at, "'" + shown(value) + "' is not one of " + String.join(", ", allowed));
    }
    return value;
  }

  private void matching(String at, String value, Pattern pattern, String expected) {
    if (value == null) {
      add(at, "is required");
    } else if (!pattern.matcher(value).matches()) {
      add(at, "'" + shown(value) + "' is not " + expected);
    }
  }

  private void count(String at, Integer value, int max) {
    if (value != null && (value < 1 || value > max)) {
      add(at, "must be from 1 to " + max);
    }
  }

  private void text(String at, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > MAX_TEXT) {
      add(at, "is " + value.length() + " characters long; at most " + MAX_TEXT + " are accepted");
    } else if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        || Character.getType(c) == Character.FORMAT)) {
      add(at, "contains a control character; only printable text is accepted");
    } else if (!value.equals(value.strip()) || value.isEmpty()) {
      add(at, "must not be empty or start or end with spaces");
    }
  }

  private void add(String at, String message) {
    problems.add(new FactProblem(at, message));
  }

  /** @return the value shortened and with control characters shown as escapes, safe to quote back */
  static String shown(String value) {
    StringBuilder b = new StringBuilder();
    value.codePoints().limit(64).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 64 ? b + "..." : b.toString();
  }
}
