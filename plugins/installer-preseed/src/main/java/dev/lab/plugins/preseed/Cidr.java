package dev.lab.plugins.preseed;

import java.util.Optional;

/**
 * An IPv4 address with its prefix length, as written in a profile ({@code 192.0.2.10/24}).
 *
 * @param address the dotted address
 * @param prefix the prefix length, 0 to 32
 */
record Cidr(String address, int prefix) {

  /** @return the address parsed from CIDR notation, if it is one */
  static Optional<Cidr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    if (slash < 0 || !Syntax.ipv4(text.substring(0, slash))) {
      return Optional.empty();
    }
    String bits = text.substring(slash + 1);
    if (!bits.matches("\\d{1,2}") || Integer.parseInt(bits) > 32) {
      return Optional.empty();
    }
    return Optional.of(new Cidr(text.substring(0, slash), Integer.parseInt(bits)));
  }

  /** @return the netmask in dotted notation, as netcfg asks for it */
  String netmask() {
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    return dotted(mask);
  }

  /** @return whether the given dotted IPv4 address is inside this address's network */
  boolean contains(String ipv4) {
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    return (value(address) & mask) == (value(ipv4) & mask);
  }

  @Override
  public String toString() {
    return address + "/" + prefix;
  }

  private static long value(String dotted) {
    long v = 0;
    for (String part : dotted.split("\\.")) {
      v = (v << 8) | Integer.parseInt(part);
    }
    return v;
  }

  private static String dotted(long v) {
    return ((v >> 24) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 8) & 0xff) + "." + (v & 0xff);
  }
}
