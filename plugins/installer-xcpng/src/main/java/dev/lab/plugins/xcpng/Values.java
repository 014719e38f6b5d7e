package dev.lab.plugins.xcpng;

import java.util.regex.Pattern;

/**
 * The value formats the XCP-ng plugin accepts, checked before anything is written. They are
 * deliberately narrow: a value that passes can be written into the answer file, a kernel command
 * line or a shell script without changing its structure, whatever the quoting.
 */
final class Values {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}");
  private static final Pattern DISK = Pattern.compile(
      "[a-z][a-z0-9]{0,31}|/dev/[a-z][a-z0-9]{0,31}|/dev/disk/by-[a-z]{2,16}/[A-Za-z0-9._:+@-]{1,200}"
          + "|/dev/mapper/[A-Za-z0-9._-]{1,128}");
  private static final Pattern SHA_CRYPT = Pattern.compile(
      "\\$(?:6\\$(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{86}"
          + "|5\\$(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{43})");
  private static final Pattern KEYMAP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Pattern TIMEZONE =
      Pattern.compile("[A-Za-z][A-Za-z0-9_+-]{0,31}(?:/[A-Za-z0-9][A-Za-z0-9_+-]{0,31}){0,2}");
  private static final Pattern ENVIRONMENT = Pattern.compile("[a-z0-9_]{1,64}");
  private static final Pattern URL_SCHEME = Pattern.compile("(?i)(?:https?|ftp|nfs)://[^/?#@]+.*");

  private Values() {}

  /** @return whether the value is one DNS label (RFC 1123) */
  static boolean isLabel(String v) {
    return v != null && LABEL.matcher(v).matches();
  }

  /** @return whether the value is a host name: RFC 1123 labels separated by dots, at most 253 long */
  static boolean isHostname(String v) {
    if (v == null || v.isEmpty() || v.length() > 253) {
      return false;
    }
    for (String label : v.split("\\.", -1)) {
      if (!isLabel(label)) {
        return false;
      }
    }
    return true;
  }

  /** @return whether the value is a dotted-quad IPv4 address without leading zeros */
  static boolean isIpv4(String v) {
    return dev.lab.api.Ipv4.isValid(v);
  }

  /** @return whether the value is an IPv6 address in text form (RFC 4291 section 2.2) */
  static boolean isIpv6(String v) {
    if (v == null || v.length() < 2 || v.length() > 45 || !v.contains(":")) {
      return false;
    }
    int gap = v.indexOf("::");
    if (gap >= 0 && v.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] halves = gap >= 0 ? new String[] {v.substring(0, gap), v.substring(gap + 2)} : new String[] {v};
    int groups = 0;
    for (int h = 0; h < halves.length; h++) {
      if (halves[h].isEmpty()) {
        continue;
      }
      String[] fields = halves[h].split(":", -1);
      for (int i = 0; i < fields.length; i++) {
        String f = fields[i];
        boolean last = h == halves.length - 1 && i == fields.length - 1;
        if (last && f.contains(".")) {
          if (!isIpv4(f)) {
            return false;
          }
          groups += 2;
        } else if (f.isEmpty() || f.length() > 4 || !f.chars().allMatch(Values::hex)) {
          return false;
        } else {
          groups++;
        }
      }
    }
    return gap >= 0 ? groups <= 7 : groups == 8;
  }

  /** @return whether the value is an IPv4 or IPv6 address */
  static boolean isIp(String v) {
    return isIpv4(v) || isIpv6(v);
  }

  /** @return whether the value is a MAC address, six colon-separated hex pairs */
  static boolean isMac(String v) {
    return v != null && MAC.matcher(v).matches();
  }

  /**
   * @return whether the value names a disk the way the installer accepts it: a kernel name ({@code
   *     sda}, {@code nvme0n1}), {@code /dev/<name>}, {@code /dev/disk/by-id/...} (or another
   *     {@code by-*} folder) or {@code /dev/mapper/...}
   */
  static boolean isDisk(String v) {
    return v != null && DISK.matcher(v).matches();
  }

  /**
   * @return whether the value is a SHA-512 ({@code $6$}) or SHA-256 ({@code $5$}) crypt(3) hash:
   *     what XCP-ng 8.3's dom0 (glibc 2.17) can verify
   */
  static boolean isShaCrypt(String v) {
    return v != null && SHA_CRYPT.matcher(v).matches();
  }

  /** @return whether the value is a console keymap name, for example {@code us} or {@code de-latin1} */
  static boolean isKeymap(String v) {
    return v != null && KEYMAP.matcher(v).matches();
  }

  /** @return whether the value looks like a tz database name, for example {@code Europe/Paris} */
  static boolean isTimezone(String v) {
    return v != null && TIMEZONE.matcher(v).matches() && !v.contains("..");
  }

  /** @return whether the value is a valid Puppet environment name */
  static boolean isEnvironment(String v) {
    return v != null && ENVIRONMENT.matcher(v).matches();
  }

  /**
   * @return whether the value is an http, https, ftp or nfs URL with a host, made of printable ASCII
   *     without blanks, quotes, angle brackets, backslashes or the other characters RFC 3986 never
   *     allows
   */
  static boolean isUrl(String v) {
    if (v == null || v.length() > 2048 || !URL_SCHEME.matcher(v).matches()) {
      return false;
    }
    return v.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"'<>\\^`{|}".indexOf(c) < 0);
  }

  /** @return whether the value has no control characters (tab included) and no unpaired surrogate */
  static boolean isSingleLine(String v) {
    if (v == null) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= v.length() || !Character.isLowSurrogate(v.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the value as it may be shown in a message: control characters escaped, cut at 60
   *     characters, in single quotes
   */
  static String show(String v) {
    if (v == null) {
      return "nothing";
    }
    StringBuilder sb = new StringBuilder("'");
    for (int i = 0; i < v.length() && i < 60; i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
          || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (v.length() > 60) {
      sb.append("...");
    }
    return sb.append('\'').toString();
  }

  private static boolean hex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
