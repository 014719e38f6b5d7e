package dev.lab.plugins.kickstart;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The syntax every user value must have before the kickstart plugin writes it into a kickstart
 * command, a kernel argument or a script. The rules are deliberately narrow: none of them admits a
 * blank, a quote, a line break or a leading dash where the value stands alone, so no value can be
 * read as a second word, an option or a new line even before it is quoted.
 */
final class Syntax {
  static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  /** crypt(3) hashes of the kinds current Fedora and Enterprise Linux accept. */
  static final Pattern CRYPT_HASH = Pattern.compile("\\$(5|6|y|gy|7|2[abxy])\\$[A-Za-z0-9./=,$]{8,500}");
  static final Pattern SSH_KEY = Pattern.compile(
      "(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com)"
          + " [A-Za-z0-9+/]{16,16384}={0,3}( [^\\p{Cc}\\p{Cs}\\u2028\\u2029]{0,255})?");
  static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?(\\.[A-Za-z0-9-]{1,20})?(@[a-z]{1,20})?");
  static final Pattern KEYMAP = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
  static final Pattern TIMEZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]{0,40}(/[A-Za-z0-9_+-]{1,40}){0,2}");
  /** A package, {@code @group} or {@code @^environment}, optionally excluded with a leading dash. */
  static final Pattern PACKAGE = Pattern.compile("-?(@\\^?)?[A-Za-z0-9][A-Za-z0-9._+:-]{0,127}");
  static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:=/-]{0,127}");
  static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_:.-]{0,127}");
  static final Pattern PUPPET_ENVIRONMENT = Pattern.compile("[a-z0-9_]{1,64}");
  static final Pattern KERNEL_ARG_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  static final Pattern KERNEL_ARG_VALUE = Pattern.compile("[A-Za-z0-9_.,:/=+@%-]{1,255}");
  static final Pattern SERIAL_CONSOLE =
      Pattern.compile("(tty[A-Za-z]{0,6}[0-9]{1,3}|hvc[0-9]{1,2})(,[0-9]{3,7}([noe][5-8]r?)?)?");
  static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}");
  static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");
  static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9_+][A-Za-z0-9_.+-]{0,62}");
  static final Pattern MOUNT = Pattern.compile("/|(/[A-Za-z0-9_][A-Za-z0-9._-]{0,63}){1,8}");
  static final Pattern DISK = Pattern.compile(
      "[a-z][a-z0-9]{1,31}(/[a-z0-9]{1,31})?|/dev/disk/by-(id|path|uuid|label|partuuid|partlabel)/[A-Za-z0-9:._+@-]{1,200}");
  static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://[A-Za-z0-9._~:/?&=%+@,\\[\\]-]{1,2000}");
  static final Pattern REGISTRY_IMAGE = Pattern.compile(
      "[a-z0-9]([a-z0-9._-]{0,252}[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]([a-z0-9._-]{0,126}[a-z0-9])?){0,8}"
          + "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");
  static final Pattern IMAGE_PATH = Pattern.compile("/[A-Za-z0-9_.][A-Za-z0-9._/-]{0,254}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");
  static final Pattern OSTREE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

  static final Set<String> FILESYSTEMS = Set.of("xfs", "ext4", "ext3", "ext2", "vfat", "swap");
  static final Set<String> BOND_MODES = Set.of("balance-rr", "active-backup", "balance-xor", "broadcast",
      "802.3ad", "balance-tlb", "balance-alb");
  static final Set<String> BOOTC_TRANSPORTS = Set.of("registry", "oci", "oci-archive");

  private Syntax() {}

  /** @return whether the text matches the pattern (false for null) */
  static boolean matches(Pattern pattern, String text) {
    return text != null && pattern.matcher(text).matches();
  }

  /** @return whether the text is a DNS name: RFC 1123 labels separated by dots, at most 253 long */
  static boolean dnsName(String text) {
    if (text == null || text.isEmpty() || text.length() > 253) {
      return false;
    }
    for (String label : text.split("\\.", -1)) {
      if (!HOST_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the value in single quotes for a message, with control and line-separator characters
   *     written as {@code <U+XXXX>} so that a message stays on one line
   */
  static String show(String value) {
    if (value == null) {
      return "(nothing)";
    }
    StringBuilder sb = new StringBuilder("'");
    value.codePoints().forEach(c -> {
      if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
          || Character.getType(c) == Character.SURROGATE) {
        sb.append(String.format("<U+%04X>", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.append('\'').toString();
  }
}
