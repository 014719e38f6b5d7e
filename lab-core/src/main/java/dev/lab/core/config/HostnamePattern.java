package dev.lab.core.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host-name patterns of rule actions: lowercase letters, digits and {@code -}, with placeholders
 * {@code {n}} (the machine's sequence number), {@code {n:WIDTH}} (zero-padded to WIDTH digits) and
 * {@code {mac}} (the first NIC's MAC as twelve hex digits). Every expansion is an RFC 1123 label.
 */
final class HostnamePattern {
  private static final Pattern PART = Pattern.compile("\\{n(?::([1-9]))?\\}|\\{mac\\}|[a-z0-9-]");
  private static final int MAX_N_DIGITS = 9;

  private HostnamePattern() {}

  /** @return why the pattern is malformed, or null */
  static String problem(String pattern) {
    String shown = "'" + TextRule.shown(pattern) + "'";
    Matcher m = PART.matcher(pattern);
    int at = 0;
    boolean placeholder = false;
    while (at < pattern.length()) {
      if (!m.find(at) || m.start() != at) {
        return shown + " is not a host-name pattern: at '" + TextRule.shown(pattern.substring(at))
            + "', use lowercase letters, digits, '-' and the placeholders {n}, {n:WIDTH} and {mac}";
      }
      placeholder |= m.group().startsWith("{");
      at = m.end();
    }
    if (!placeholder) {
      return shown + " has no placeholder, so every machine would get the same name: add {n} or {mac}";
    }
    String widest = expand(pattern, 999_999_999, "525400123456");
    return NetSyntax.HOST_NAME.problem(widest) == null ? null
        : shown + " can expand to '" + widest + "', which is not an RFC 1123 host name (at most 63 "
            + "characters, starting and ending with a letter or digit)";
  }

  /**
   * @param pattern a well-formed pattern
   * @param n the machine's sequence number, 1 to 999999999
   * @param mac the machine's first MAC, in any usual notation
   * @return the host name
   */
  static String expand(String pattern, int n, String mac) {
    if (n < 1 || n > 999_999_999) {
      throw new IllegalArgumentException("sequence number " + n + " is outside 1 to " + 999_999_999);
    }
    Matcher m = PART.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String part = m.group();
      if (part.equals("{mac}")) {
        out.append(mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT));
      } else if (part.startsWith("{n")) {
        int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        out.append(String.format("%0" + Math.min(width, MAX_N_DIGITS) + "d", n));
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }
}
