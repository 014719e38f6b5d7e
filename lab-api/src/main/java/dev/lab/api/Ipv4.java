package dev.lab.api;

/**
 * The one IPv4 address syntax Lab accepts everywhere (the lab directory, every plugin): dotted
 * quad, four decimal parts 0-255, without leading zeros (which some tools read as octal), and
 * without any name lookup.
 */
public final class Ipv4 {
  private Ipv4() {}

  /** @return the four bytes of the address, or null when the text is not one */
  public static byte[] parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (!p.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(p) > 255) {
        return null;
      }
      bytes[i] = (byte) Integer.parseInt(p);
    }
    return bytes;
  }

  /** @return whether the text is an IPv4 address */
  public static boolean isValid(String text) {
    return parse(text) != null;
  }
}
