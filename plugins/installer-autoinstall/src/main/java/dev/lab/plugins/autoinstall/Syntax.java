package dev.lab.plugins.autoinstall;

import dev.lab.api.Ipv4;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of the values the autoinstall plugin writes into user-data, commands and kernel
 * arguments. Validation uses them to refuse anything that is not plainly what it claims to be; the
 * templates still escape every value for its output format.
 */
final class Syntax {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");
  private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
  /** subiquity's own rule for the identity user name (USERNAME_REGEX, at most 32 characters). */
  private static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern CRYPT =
      Pattern.compile("\\$(1|5|6|7|y|gy|2[aby])\\$[A-Za-z0-9./=,]+(\\$[A-Za-z0-9./=,]+)+");
  private static final Pattern SSH_KEY = Pattern.compile("(ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp(256|384|521)"
      + "|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?");
  private static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+)?");
  private static final Pattern LOCALE =
      Pattern.compile("POSIX|C(\\.[A-Za-z0-9-]+)?|[a-z]{2,3}(_[A-Z]{2})?(\\.[A-Za-z0-9-]+)?(@[a-z]+)?");
  private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*");
  private static final Pattern KEYBOARD = Pattern.compile("([a-z][a-z0-9_]*)(\\(([a-z0-9_-]+)\\))?");
  private static final Pattern KERNEL_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final Pattern KERNEL_VALUE = Pattern.compile("[A-Za-z0-9_.,:/@%+=-]+");
  private static final Pattern SERIAL_CONSOLE =
      Pattern.compile("(tty[A-Za-z]+[0-9]+|hvc[0-9]+)(,[0-9]+([noe][5-8]r?)?)?");
  private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!&()*+,;=%-]+");
  private static final Pattern MOUNT = Pattern.compile("/|(/[A-Za-z0-9_+-][A-Za-z0-9._+-]*)+");
  private static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,62}");
  private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_:.-]*");
  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_]+");

  /** Login names subiquity refuses for its identity user (its {@code reserved-usernames} list). */
  static final Set<String> RESERVED_USERS = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man",
      "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "adm",
      "tty", "disk", "kmem", "dialout", "fax", "voice", "cdrom", "floppy", "tape", "sudo", "audio", "dip",
      "operator", "src", "shadow", "utmp", "video", "sasl", "plugdev", "staff", "users", "nogroup", "netplan",
      "ftn", "mysql", "tac-plus", "alias", "qmail", "qmaild", "qmails", "qmailr", "qmailq", "qmaill",
      "qmailp", "asterisk", "vpopmail", "vchkpw", "slurm", "hacluster", "haclient", "grsec-tpe",
      "grsec-sock-all", "grsec-sock-clt", "grsec-sock-srv", "grsec-proc", "ceph", "opensrf", "libvirt-qemu",
      "admin", "bind", "crontab", "cupsys", "dcc", "dhcp", "dictd", "dnsmasq", "dovecot", "fetchmail",
      "firebird", "ftp", "fuse", "gdm", "haldaemon", "hplilp", "identd", "input", "jwhois", "klog", "kvm",
      "lpadmin", "maas", "messagebus", "mythtv", "netdev", "powerdev", "radvd", "render", "saned", "sbuild",
      "scanner", "sgx", "slocate", "ssh", "sshd", "ssl-cert", "sslwrap", "statd", "syslog", "telnetd",
      "tftpd");

  /** Filesystems curtin formats that Lab offers. */
  static final Set<String> FILESYSTEMS = Set.of("ext4", "ext3", "ext2", "xfs", "btrfs", "vfat", "swap");

  private Syntax() {}

  static boolean hostname(String s) {
    return LABEL.matcher(s).matches();
  }

  static boolean domain(String s) {
    if (s.isEmpty() || s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** @return whether this names a host: a DNS name or an IP address */
  static boolean host(String s) {
    return domain(s) || ipv4(s) || ipv6(s);
  }

  static boolean mac(String s) {
    return MAC.matcher(s).matches();
  }

  static boolean interfaceName(String s) {
    return INTERFACE.matcher(s).matches();
  }

  static boolean account(String s) {
    return ACCOUNT.matcher(s).matches();
  }

  static boolean cryptHash(String s) {
    return CRYPT.matcher(s).matches();
  }

  static boolean sshKey(String s) {
    return SSH_KEY.matcher(s).matches() && printable(s);
  }

  static boolean packageName(String s) {
    return PACKAGE.matcher(s).matches();
  }

  static boolean locale(String s) {
    return LOCALE.matcher(s).matches();
  }

  static boolean timezone(String s) {
    return TIMEZONE.matcher(s).matches();
  }

  static boolean keyboard(String s) {
    return KEYBOARD.matcher(s).matches();
  }

  /** @return the XKB layout of a keyboard written {@code layout} or {@code layout(variant)} */
  static String keyboardLayout(String s) {
    var m = KEYBOARD.matcher(s);
    return m.matches() ? m.group(1) : s;
  }

  /** @return the XKB variant of a keyboard written {@code layout(variant)}, or null */
  static String keyboardVariant(String s) {
    var m = KEYBOARD.matcher(s);
    return m.matches() ? m.group(3) : null;
  }

  static boolean kernelKey(String s) {
    return KERNEL_KEY.matcher(s).matches();
  }

  static boolean kernelValue(String s) {
    return KERNEL_VALUE.matcher(s).matches();
  }

  static boolean serialConsole(String s) {
    return SERIAL_CONSOLE.matcher(s).matches();
  }

  static boolean url(String s) {
    return URL.matcher(s).matches();
  }

  static boolean mountPoint(String s) {
    if (!MOUNT.matcher(s).matches()) {
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
    return LVM_NAME.matcher(s).matches() && !s.equals(".") && !s.equals("..");
  }

  static boolean role(String s) {
    return ROLE.matcher(s).matches();
  }

  static boolean environment(String s) {
    return ENVIRONMENT.matcher(s).matches();
  }

  static boolean ipv4(String s) {
    return Ipv4.isValid(s);
  }

  static boolean ipv6(String s) {
    if (s.isEmpty() || !s.chars().allMatch(c -> c == ':' || Character.digit(c, 16) >= 0)) {
      return false;
    }
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String body = gap >= 0 ? s.substring(0, gap) + ":" + s.substring(gap + 2) : s;
    String[] groups = body.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      boolean edge = gap >= 0 && ((i == 0 && gap == 0) || (i == groups.length - 1 && gap == s.length() - 2));
      if (g.isEmpty() && edge) {
        continue;
      }
      if (g.isEmpty() || g.length() > 4) {
        return false;
      }
      count++;
    }
    return gap >= 0 ? count < 8 : count == 8;
  }

  static boolean ip(String s) {
    return ipv4(s) || ipv6(s);
  }

  /** @return whether this is an address with a prefix length, IPv4 or IPv6 */
  static boolean cidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String address = s.substring(0, slash);
    String prefix = s.substring(slash + 1);
    if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int length = Integer.parseInt(prefix);
    return (ipv4(address) && length <= 32) || (ipv6(address) && length <= 128);
  }

  /**
   * @return whether the text is free of control characters (tab included), Unicode line and
   *     paragraph separators, byte-order marks and unpaired surrogates: text that stays on one line
   *     whatever reads it
   */
  static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
