package dev.lab.server;

import java.util.Locale;
import java.util.regex.Pattern;

/** MAC addresses as machines send them: six hex pairs separated by {@code :} or {@code -}. */
final class MacAddress {
  private static final Pattern MAC = Pattern.compile("\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}");

  private MacAddress() {}

  /**
   * @param text the MAC address a machine sent
   * @param what where it came from, for the message
   * @return it in lowercase colon form, for example {@code 52:54:00:ab:cd:ef}
   * @throws ProblemException 400 when it is missing or not a MAC address
   */
  static String parse(String text, String what) {
    if (text == null || text.isEmpty()) {
      throw ProblemException.badRequest("malformed-mac", what + " is missing: the machine's MAC address is required");
    }
    if (!MAC.matcher(text).matches()) {
      throw ProblemException.badRequest("malformed-mac", what + " is not a MAC address: expected six hex pairs"
          + " separated by ':' or '-', for example 52:54:00:ab:cd:ef");
    }
    return text.toLowerCase(Locale.ROOT).replace('-', ':');
  }
}
