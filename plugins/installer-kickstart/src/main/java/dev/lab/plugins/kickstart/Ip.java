package dev.lab.plugins.kickstart;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP address literals and CIDR notation, parsed without any name lookup.
 *
 * @param address the address as written (without the prefix)
 * @param prefix the prefix length
 * @param v6 whether it is an IPv6 address
 */
record Ip(String address, int prefix, boolean v6) {
  private static final Pattern V4 =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern HEXTET = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern CIDR = Pattern.compile("([^/]+)/(\\d{1,3})");

  /** @return the address of a CIDR such as {@code 192.0.2.10/24} or {@code 2001:db8::1/64} */
  static Optional<Ip> parseCidr(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CIDR.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String address = m.group(1);
    int prefix = Integer.parseInt(m.group(2));
    if (isV4(address) && prefix <= 32) {
      return Optional.of(new Ip(address, prefix, false));
    }
    if (isV6(address) && prefix <= 128) {
      return Optional.of(new Ip(address, prefix, true));
    }
    return Optional.empty();
  }

  /** @return whether the text is a dotted-quad IPv4 address */
  static boolean isV4(String text) {
    return text != null && V4.matcher(text).matches();
  }

  /** @return whether the text is an IPv6 address (its last 32 bits may be written as IPv4) */
  static boolean isV6(String text) {
    if (text == null || text.indexOf(':') < 0) {
      return false;
    }
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String left = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String right = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    int leftGroups = groups(left, doubleColon < 0);
    int rightGroups = groups(right, true);
    if (leftGroups < 0 || rightGroups < 0) {
      return false;
    }
    int total = leftGroups + rightGroups;
    return doubleColon >= 0 ? total <= 7 : total == 8;
  }

  /** @return the number of 16-bit groups in a colon-separated run, or -1 when it is malformed */
  private static int groups(String run, boolean mayEndInV4) {
    if (run.isEmpty()) {
      return 0;
    }
    String[] parts = run.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      if (HEXTET.matcher(parts[i]).matches()) {
        count++;
      } else if (mayEndInV4 && i == parts.length - 1 && isV4(parts[i])) {
        count += 2;
      } else {
        return -1;
      }
    }
    return count;
  }

  /** @return whether the text is an IPv4 or IPv6 literal */
  static boolean isAddress(String text) {
    return isV4(text) || isV6(text);
  }

  /** @return the IPv4 netmask of this address's prefix, for example {@code 255.255.255.0} */
  String netmask() {
    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return ((mask >> 24) & 0xFF) + "." + ((mask >> 16) & 0xFF) + "." + ((mask >> 8) & 0xFF) + "."
        + (mask & 0xFF);
  }

  /** @return the address with its prefix, as written in CIDR notation */
  String cidr() {
    return address + "/" + prefix;
  }
}
