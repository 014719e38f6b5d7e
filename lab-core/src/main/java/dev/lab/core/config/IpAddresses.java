package dev.lab.core.config;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Strict parsing of IPv4 and IPv6 addresses and CIDR networks, without any name lookup. IPv4 is
 * dotted-quad with decimal parts and no leading zeros (which some tools read as octal); IPv6 is
 * RFC 4291 text without a zone.
 */
public final class IpAddresses {
  private IpAddresses() {}

  /**
   * An address with a prefix length, as in {@code 192.0.2.10/24}.
   *
   * @param address the address bytes (4 or 16)
   * @param prefix the prefix length
   */
  record Cidr(byte[] address, int prefix) {
    /** @return whether this is an IPv4 network */
    boolean v4() {
      return address.length == 4;
    }

    /** @return whether the address lies in this network */
    boolean contains(byte[] other) {
      return other.length == address.length && masked(other).equals(masked(address));
    }

    /** @return whether the address is the network's own address (all host bits zero) */
    boolean isNetworkAddress() {
      return hostBits() > 1 && masked(address).equals(new BigInteger(1, address));
    }

    /** @return whether the address is the IPv4 broadcast address (all host bits one) */
    boolean isBroadcast() {
      if (!v4() || hostBits() <= 1) {
        return false;
      }
      BigInteger host = BigInteger.ONE.shiftLeft(hostBits()).subtract(BigInteger.ONE);
      return new BigInteger(1, address).and(host).equals(host);
    }

    private int hostBits() {
      return address.length * 8 - prefix;
    }

    private BigInteger masked(byte[] bytes) {
      BigInteger all = BigInteger.ONE.shiftLeft(bytes.length * 8).subtract(BigInteger.ONE);
      BigInteger mask = all.shiftRight(prefix).xor(all);
      return new BigInteger(1, bytes).and(mask);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cidr c && Arrays.equals(address, c.address) && prefix == c.prefix;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(address) * 31 + prefix;
    }
  }

  /** @return the address's bytes, or null when the text is neither IPv4 nor IPv6 */
  static byte[] parse(String text) {
    return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text);
  }

  /** @return the four bytes of a dotted-quad IPv4 address, or null (Lab's one IPv4 syntax) */
  public static byte[] parseV4(String text) {
    return dev.lab.api.Ipv4.parse(text);
  }

  /** @return the sixteen bytes of an IPv6 address, or null */
  static byte[] parseV6(String text) {
    if (!text.matches("[0-9A-Fa-f:.]+") || text.contains(":::")) {
      return null;
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);
    int[] headGroups = groups(head, gap < 0);
    int[] tailGroups = groups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int total = headGroups.length + tailGroups.length;
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < headGroups.length; i++) {
      put(bytes, i, headGroups[i]);
    }
    for (int i = 0; i < tailGroups.length; i++) {
      put(bytes, 8 - tailGroups.length + i, tailGroups[i]);
    }
    return bytes;
  }

  /** @return the network, or null when the text is not {@code address/prefix} */
  static Cidr parseCidr(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return null;
    }
    byte[] address = parse(text.substring(0, slash));
    String prefix = text.substring(slash + 1);
    if (address == null || !prefix.matches("0|[1-9][0-9]{0,2}")) {
      return null;
    }
    int length = Integer.parseInt(prefix);
    return length > address.length * 8 ? null : new Cidr(address, length);
  }

  /** @return the address as text, IPv4 dotted-quad or IPv6 in full */
  static String format(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    if (bytes.length == 4) {
      for (int i = 0; i < 4; i++) {
        b.append(i == 0 ? "" : ".").append(bytes[i] & 0xff);
      }
      return b.toString();
    }
    for (int i = 0; i < 16; i += 2) {
      b.append(i == 0 ? "" : ":").append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
    }
    return b.toString();
  }

  private static int[] groups(String part, boolean mayEndInV4) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] words = part.split(":", -1);
    int[] out = new int[words.length + 1];
    int n = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i == words.length - 1 && mayEndInV4 && w.contains(".")) {
        byte[] v4 = parseV4(w);
        if (v4 == null) {
          return null;
        }
        out[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
        out[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
      } else if (w.matches("[0-9A-Fa-f]{1,4}")) {
        out[n++] = Integer.parseInt(w, 16);
      } else {
        return null;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static void put(byte[] bytes, int group, int value) {
    bytes[group * 2] = (byte) (value >> 8);
    bytes[group * 2 + 1] = (byte) value;
  }
}
