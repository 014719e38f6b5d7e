package dev.lab.plugins.vyos.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A serial console as profiles write it, {@code DEVICE[,SPEED[PARITY[BITS]]]}, for example {@code
 * ttyS0,115200} or {@code ttyAMA0,115200n8}.
 *
 * @param text the console exactly as written, which is also the kernel's {@code console=} value
 * @param device the device, for example {@code ttyS0}
 * @param speed the speed in baud, or null when not given
 */
public record SerialConsole(String text, String device, String speed) {
  private static final Pattern FORMAT =
      Pattern.compile("(tty[A-Za-z]{1,8}[0-9]{1,3}|hvc[0-9]{1,3})(?:,([0-9]{3,7})(?:[noe][5-8]?)?)?");
  private static final Pattern VYOS_DEVICE = Pattern.compile("ttyS[0-9]+|hvc[0-9]+");
  /** The speeds VyOS 1.4 accepts for {@code system console device speed}. */
  public static final List<String> VYOS_SPEEDS =
      List.of("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200");

  /** @return the console, or null when the text is not one */
  public static SerialConsole parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = FORMAT.matcher(text);
    return m.matches() ? new SerialConsole(text, m.group(1), m.group(2)) : null;
  }

  /** @return why VyOS 1.4 cannot configure this console as {@code system console device}, or null */
  public String vyosProblem() {
    if (!VYOS_DEVICE.matcher(device).matches()) {
      return "VyOS 1.4 configures serial consoles ttyS<N> and hvc<N> only, not " + device;
    }
    if (speed != null && !VYOS_SPEEDS.contains(speed)) {
      return "VyOS 1.4 accepts console speeds " + String.join(", ", VYOS_SPEEDS) + ", not " + speed;
    }
    return null;
  }
}
