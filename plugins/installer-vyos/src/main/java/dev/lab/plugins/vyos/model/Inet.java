package dev.lab.plugins.vyos.model;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IP address and prefix checks by syntax alone (no name lookups), with the rules VyOS's value
 * validators apply: {@code ip-host} for interface addresses, {@code ipv4-prefix}/{@code
 * ipv6-prefix} for route destinations.
 */
public final class Inet {
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

  private Inet() {}

  /** @return whether the text is a dotted-quad IPv4 address without leading zeros */
  public static boolean isIpv4(String text) {
    return dev.lab.api.Ipv4.isValid(text);
  }

  /** @return whether the text is an IPv6 address (RFC 4291 text forms, no zone index) */
  public static boolean isIpv6(String text) {
    return text != null && ipv6Bits(text) != null;
  }

  /** @return whether the text is an IPv4 or IPv6 address */
  public static boolean isIp(String text) {
    return isIpv4(text) || isIpv6(text);
  }

  /**
   * An address with a prefix length, {@code address/length}.
   *
   * @param address the address part
   * @param length the prefix length
   * @param ipv6 whether the address is IPv6
   */
  public record Cidr(String address, int length, boolean ipv6) {
    /** @return the CIDR, or null when the text is not one */
    public static Cidr parse(String text) {
      if (text == null) {
        return null;
      }
      int slash = text.indexOf('/');
      if (slash < 0 || !text.substring(slash + 1).matches("\\d{1,3}")) {
        return null;
      }
      String address = text.substring(0, slash);
      int length = Integer.parseInt(text.substring(slash + 1));
      if (isIpv4(address) && length <= 32) {
        return new Cidr(address, length, false);
      }
      if (isIpv6(address) && length <= 128) {
        return new Cidr(address, length, true);
      }
      return null;
    }

    /** @return whether the host part is zero: the CIDR names a network */
    public boolean isNetwork() {
      BigInteger hostMask = hostMask();
      return bits().and(hostMask).signum() == 0;
    }

    /**
     * @return whether the CIDR names one host of its network: the host part is not all zeros (the
     *     network itself) and, for IPv4, not all ones (the broadcast address); point-to-point
     *     prefixes (/31, /32, /127, /128) always name hosts
     */
    public boolean isHost() {
      if (length >= (ipv6 ? 127 : 31)) {
        return true;
      }
      BigInteger host = bits().and(hostMask());
      return host.signum() != 0 && (ipv6 || !host.equals(hostMask()));
    }

    private BigInteger bits() {
      return ipv6 ? ipv6Bits(address) : ipv4Bits(address);
    }

    private BigInteger hostMask() {
      int width = ipv6 ? 128 : 32;
      return BigInteger.ONE.shiftLeft(width - length).subtract(BigInteger.ONE);
    }
  }

  private static BigInteger ipv4Bits(String address) {
    BigInteger value = BigInteger.ZERO;
    for (String part : address.split("\\.")) {
      value = value.shiftLeft(8).or(BigInteger.valueOf(Integer.parseInt(part)));
    }
    return value;
  }

  private static BigInteger ipv6Bits(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.contains(":::") || t.indexOf("::") != t.lastIndexOf("::")) {
      return null;
    }
    String tail = null;
    int lastColon = t.lastIndexOf(':');
    if (lastColon >= 0 && t.indexOf('.', lastColon) > 0) {
      tail = t.substring(lastColon + 1);
      if (!isIpv4(tail)) {
        return null;
      }
      t = t.substring(0, lastColon + 1) + "0:0";
    }
    String[] halves = t.split("::", -1);
    String[] head = groups(halves[0]);
    String[] rest = halves.length == 2 ? groups(halves[1]) : new String[0];
    if (head == null || rest == null) {
      return null;
    }
    int count = head.length + rest.length;
    if (halves.length == 1 ? count != 8 : count > 7) {
      return null;
    }
    BigInteger value = BigInteger.ZERO;
    for (String g : head) {
      value = value.shiftLeft(16).or(new BigInteger(g, 16));
    }
    value = value.shiftLeft(16 * (8 - count));
    for (String g : rest) {
      value = value.shiftLeft(16).or(new BigInteger(g, 16));
    }
    if (tail != null) {
      value = value.shiftRight(32).shiftLeft(32).or(ipv4Bits(tail));
    }
    return value;
  }

  private static String[] groups(String part) {
    if (part.isEmpty()) {
      return new String[0];
    }
    String[] groups = part.split(":", -1);
    for (String g : groups) {
      if (!HEX_GROUP.matcher(g).matches()) {
        return null;
      }
    }
    return groups;
  }
}
