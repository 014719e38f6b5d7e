package dev.lab.plugins.rootfs;

import java.util.regex.Pattern;

/** The value syntaxes the plan's files and commands accept: nothing that could add a line or argument. */
final class Syntax {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern MAC = Pattern.compile("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}");
  private static final Pattern IFNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
  private static final Pattern USER = Pattern.compile("[a-z][-a-z0-9_]{0,31}");
  private static final Pattern GROUP = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern CRYPT = Pattern.compile(
      "\\$6\\$(rounds=\\d+\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{86}|\\$y\\$[./A-Za-z0-9]+\\$[./A-Za-z0-9]+\\$[./A-Za-z0-9]+");
  private static final Pattern SSH_KEY = Pattern.compile(
      "(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com"
          + "|sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]+={0,3}( [\\x20-\\x7e&&[^\\\\]]*)?");
  private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}");
  private static final Pattern MOUNT = Pattern.compile("/([A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*)?");
  private static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_+.-]{0,63}");
  private static final Pattern KERNEL_DISK = Pattern.compile("[a-z][a-z0-9]{1,31}");
  private static final Pattern DISK_LINK =
      Pattern.compile("/dev/disk/by-(id|path)/[A-Za-z0-9:._+@-]{1,200}");
  private static final Pattern CONSOLE = Pattern.compile("(tty[A-Za-z]{1,8}\\d{1,3}|hvc\\d{1,2})(,\\d{3,7}([noe][5-8]?r?)?)?");
  private static final Pattern KERNEL_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.,:-]{0,63}");
  private static final Pattern KERNEL_VALUE = Pattern.compile("[\\x21-\\x7e&&[^\"'\\\\`$;]]{1,255}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e&&[^\"'\\\\`<>]]+");
  private static final Pattern PUPPET_WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}");

  private Syntax() {}

  /** @return whether this is one RFC 1123 host name label */
  static boolean hostLabel(String s) {
    return s != null && LABEL.matcher(s).matches();
  }

  /** @return whether this is a DNS name of one or more labels */
  static boolean domain(String s) {
    if (s == null || s.isEmpty() || s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!hostLabel(label)) {
        return false;
      }
    }
    return true;
  }

  static boolean ipv4(String s) {
    return dev.lab.api.Ipv4.isValid(s);
  }

  /** @return whether this is an IPv4 address with a prefix length, such as {@code 192.0.2.10/24} */
  static boolean ipv4Cidr(String s) {
    if (s == null) {
      return false;
    }
    int slash = s.indexOf('/');
    if (slash < 0 || !ipv4(s.substring(0, slash))) {
      return false;
    }
    String prefix = s.substring(slash + 1);
    return prefix.matches("\\d{1,2}") && Integer.parseInt(prefix) <= 32;
  }

  static boolean mac(String s) {
    return s != null && MAC.matcher(s).matches();
  }

  static boolean interfaceName(String s) {
    return s != null && IFNAME.matcher(s).matches();
  }

  static boolean userName(String s) {
    return s != null && USER.matcher(s).matches();
  }

  static boolean groupName(String s) {
    return s != null && GROUP.matcher(s).matches();
  }

  /** @return whether this is a SHA-512 ({@code $6$}) or yescrypt ({@code $y$}) crypt(3) hash */
  static boolean cryptHash(String s) {
    return s != null && CRYPT.matcher(s).matches();
  }

  static boolean sshKey(String s) {
    return s != null && SSH_KEY.matcher(s).matches();
  }

  static boolean timezone(String s) {
    return s != null && TIMEZONE.matcher(s).matches() && !s.contains("..");
  }

  static boolean mountPoint(String s) {
    if (s == null || !MOUNT.matcher(s).matches()) {
      return false;
    }
    for (String segment : s.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  static boolean lvmName(String s) {
    return s != null && LVM_NAME.matcher(s).matches() && !s.equals(".") && !s.equals("..");
  }

  /** @return whether this is a disk's kernel name such as {@code sda} or {@code nvme0n1} */
  static boolean kernelDiskName(String s) {
    return s != null && KERNEL_DISK.matcher(s).matches();
  }

  /** @return whether this is a stable disk link such as {@code /dev/disk/by-id/wwn-0x5000c500a1b2c3d4} */
  static boolean diskLink(String s) {
    return s != null && DISK_LINK.matcher(s).matches() && !s.contains("/..") && !s.endsWith("/.");
  }

  static boolean serialConsole(String s) {
    return s != null && CONSOLE.matcher(s).matches();
  }

  static boolean kernelArgKey(String s) {
    return s != null && KERNEL_KEY.matcher(s).matches();
  }

  static boolean kernelArgValue(String s) {
    return s != null && KERNEL_VALUE.matcher(s).matches();
  }

  /** @return whether this is an http(s) URL without blanks, quotes, backslashes or control characters */
  static boolean url(String s) {
    return s != null && URL.matcher(s).matches();
  }

  /** @return whether this is a plain word for a trusted fact or agent environment */
  static boolean puppetWord(String s) {
    return s != null && PUPPET_WORD.matcher(s).matches();
  }

  static boolean sha256(String s) {
    return s != null && SHA256.matcher(s).matches();
  }
}
