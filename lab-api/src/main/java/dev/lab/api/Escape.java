package dev.lab.api;

/**
 * Escaping of values for each output format Lab writes: the one place where quoting rules live.
 * Templates get these applied automatically through their declared output format; code that
 * writes a format directly (a printer, a command built in Java) calls them.
 *
 * <p>Every method refuses control characters other than tab (a newline can never be made inert in
 * a line-oriented format), throwing {@link IllegalArgumentException}. The host's model validation
 * refuses them earlier with a message naming the file and property; this is the second line.
 */
public final class Escape {
  private Escape() {}

  /**
   * Quotes a value as one POSIX shell word: unchanged when it consists only of characters that are
   * never special ({@code A-Za-z0-9@%+=:,./_-}), otherwise in single quotes with embedded single
   * quotes written as {@code '"'"'}.
   */
  public static String shell(String value) {
    requireSingleLine(value, "shell");
    if (!value.isEmpty() && value.chars().allMatch(Escape::shellSafe)) {
      return value;
    }
    return "'" + value.replace("'", "'\"'\"'") + "'";
  }

  /**
   * Quotes a value for a kickstart command line, which pykickstart splits with POSIX shell rules:
   * the same as {@link #shell}.
   */
  public static String kickstart(String value) {
    requireSingleLine(value, "kickstart");
    return shell(value);
  }

  /**
   * Writes a value as a YAML double-quoted scalar (which is also a JSON string): backslash, quote,
   * and every character YAML treats as a line break or non-printable are escaped.
   */
  public static String yaml(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
              || c == 0xfeff || Character.isSurrogate(c) && !validSurrogate(value, i)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Checks a value for a debconf preseed line, where a value runs to the end of the line and is
   * taken literally: it must be one line. Leading and trailing blanks, which debconf would drop,
   * are refused too.
   */
  public static String preseed(String value) {
    requireSingleLine(value, "preseed");
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException("a preseed value cannot start or end with blanks");
    }
    return value;
  }

  /** Escapes text for XML character data and attribute values (both quote kinds). */
  public static String xml(String value) {
    requireSingleLine(value, "XML");
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Refuses control characters (other than tab) and unpaired surrogates.
   *
   * @param what the format, for the message
   * @return the value
   */
  public static String requireSingleLine(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028
          || c == 0x2029) {
        throw new IllegalArgumentException(String.format(
            "a %s value cannot contain the control character U+%04X", what, (int) c));
      }
      if (Character.isSurrogate(c) && !validSurrogate(value, i)) {
        throw new IllegalArgumentException("a " + what + " value cannot contain an unpaired surrogate");
      }
    }
    return value;
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static boolean shellSafe(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "@%+=:,./_-".indexOf(c) >= 0;
  }
}
