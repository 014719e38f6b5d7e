package dev.lab.plugins.vyos.model;

import java.util.regex.Pattern;

/** Syntax rules for the names VyOS accepts: host names, domain names, user and interface names. */
public final class Names {
  /** An RFC 1123 label; VyOS's {@code system host-name} also needs at least two characters. */
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  /**
   * A login name both VyOS ({@code [-_a-zA-Z0-9.]{1,100}}) and Debian's {@code useradd} accept:
   * starting with a lowercase letter or underscore, at most 32 characters.
   */
  private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");

  private Names() {}

  /** @return whether VyOS accepts this as {@code system host-name} (one RFC 1123 label) */
  public static boolean isHostName(String name) {
    return name != null && HOST_NAME.matcher(name).matches();
  }

  /** @return whether this is a fully qualified domain name made of RFC 1123 labels */
  public static boolean isDomainName(String name) {
    if (name == null || name.isEmpty() || name.length() > 253) {
      return false;
    }
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    for (String label : n.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** @return whether this is an IP address or a domain name, as an NTP server may be */
  public static boolean isHostOrAddress(String name) {
    return Inet.isIp(name) || isDomainName(name);
  }

  /** @return whether this is a login name VyOS and Debian both accept */
  public static boolean isUserName(String name) {
    return name != null && USER.matcher(name).matches();
  }
}
