package dev.lab.plugins.xcpng;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's serial console ({@code ttyS0,115200n8}) as Xen sees it: UART {@code com1} to {@code
 * com4} with a baud rate and a data-bits/parity/stop-bits triple.
 *
 * @param port the Xen port number, 1 to 4 ({@code ttyS0} is {@code com1})
 * @param baud the baud rate
 * @param bits the data bits
 * @param parity {@code n}, {@code o} or {@code e}
 */
record SerialConsole(int port, int baud, int bits, char parity) {
  private static final Pattern FORMAT = Pattern.compile("ttyS([0-3])(?:,([0-9]{3,7})(?:([noe])([5-8]))?)?");

  /** The baud rate when the profile gives none. */
  static final int DEFAULT_BAUD = 115200;

  /**
   * @param value the profile's value, for example {@code ttyS0}, {@code ttyS1,57600} or {@code
   *     ttyS0,115200n8}
   * @return the console, empty when the value is not one of those forms
   */
  static Optional<SerialConsole> parse(String value) {
    Matcher m = value == null ? null : FORMAT.matcher(value);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int baud = m.group(2) == null ? DEFAULT_BAUD : Integer.parseInt(m.group(2));
    char parity = m.group(3) == null ? 'n' : m.group(3).charAt(0);
    int bits = m.group(4) == null ? 8 : Integer.parseInt(m.group(4));
    return Optional.of(new SerialConsole(Integer.parseInt(m.group(1)) + 1, baud, bits, parity));
  }

  /** @return Xen's name of the port, for example {@code com1} */
  String xenPort() {
    return "com" + port;
  }

  /** @return Xen's {@code comN=} value, for example {@code 115200,8n1} */
  String xenSettings() {
    return baud + "," + bits + parity + "1";
  }
}
