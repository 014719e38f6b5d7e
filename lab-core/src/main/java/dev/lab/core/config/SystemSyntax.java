package dev.lab.core.config;

import java.util.List;

/**
 * Rules for what ends up in an installed system's configuration: user and group names, packages,
 * locale, keyboard, time zone, kernel arguments, consoles, disks, mount points, file systems, LVM
 * names and interfaces.
 */
final class SystemSyntax {
  /** File systems a partition or logical volume may have. */
  static final List<String> FILE_SYSTEMS = List.of("ext4", "ext3", "ext2", "xfs", "btrfs", "vfat", "swap",
      "biosboot");

  /** Linux bonding modes. */
  static final List<String> BOND_MODES = List.of("balance-rr", "active-backup", "balance-xor", "broadcast",
      "802.3ad", "balance-tlb", "balance-alb");

  /** A login name. */
  static final TextRule USER = TextRule.matching("a user name", "[a-z_][a-z0-9_-]{0,31}",
      "start with a lowercase letter or '_', then lowercase letters, digits, '_' or '-', at most 32 "
          + "characters");

  /** A group name. */
  static final TextRule GROUP = TextRule.matching("a group name", "[a-z_][a-z0-9_-]{0,31}",
      "start with a lowercase letter or '_', then lowercase letters, digits, '_' or '-', at most 32 "
          + "characters");

  /** A full name (the passwd GECOS field). */
  static final TextRule FULL_NAME = TextRule.checkedBy(
      "a full name: letters, digits, spaces and . , - ( ) \u2019", SystemSyntax::fullNameProblem);

  /** A package, or a kickstart group or environment ({@code @core}, {@code @^minimal-environment}). */
  static final TextRule PACKAGE = TextRule.matching("a package name",
      "@\\^?[A-Za-z0-9][A-Za-z0-9._+-]{0,127}|[A-Za-z0-9][A-Za-z0-9._+-]{0,127}(:[a-z0-9]{1,16})?",
      "use letters, digits, '.', '_', '+' and '-' (a kickstart group starts with '@' or '@^')");

  /** A locale. */
  static final TextRule LOCALE = TextRule.matching("a locale",
      "C|POSIX|C\\.UTF-8|[a-z]{2,3}(_[A-Z]{2})?(\\.[A-Za-z0-9-]{1,16})?(@[a-z]{1,16})?",
      "write language_COUNTRY.CHARSET, such as en_US.UTF-8");

  /** A keyboard layout. */
  static final TextRule KEYBOARD = TextRule.matching("a keyboard layout",
      "[a-z][a-z0-9]{0,15}([-_][A-Za-z0-9]{1,16}){0,4}(\\([A-Za-z0-9_-]{1,32}\\))?",
      "write a layout name such as us, de-nodeadkeys or fr_CH");

  /** A time zone. */
  static final TextRule TIMEZONE = TextRule.matching("a time zone",
      "[A-Za-z][A-Za-z0-9_+-]{0,31}(/[A-Za-z0-9_+-]{1,32}){0,2}",
      "write a tz database name such as Etc/UTC or Europe/Paris");

  /** A kernel argument's name. */
  static final TextRule KERNEL_ARG_KEY = TextRule.matching("a kernel argument name",
      "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}", "use letters, digits, '_', '.' and '-', without '=' or spaces");

  /** A kernel argument's value. */
  static final TextRule KERNEL_ARG_VALUE = TextRule.matching("a kernel argument value",
      "[A-Za-z0-9_.,:/=+@%~*-]{1,1024}",
      "no spaces, quotes or other special characters: use letters, digits and _ . , : / = + @ % ~ * -");

  /** A serial console. */
  static final TextRule SERIAL_CONSOLE = TextRule.matching("a serial console",
      "(tty[A-Za-z]{0,8}|hvc)[0-9]{1,3}(,[0-9]{3,7}([noe][5-8]?)?)?",
      "write a device and optional speed, such as ttyS0,115200n8 or ttyAMA0,115200");

  /** A disk: a kernel name, /dev/NAME or a /dev/disk/by-* path. */
  static final TextRule DEVICE = TextRule.matching("a disk device",
      "[a-z][a-z0-9]{0,31}|/dev/[a-z][a-z0-9]{0,31}"
          + "|/dev/disk/by-(id|path|uuid|label|partuuid|partlabel)/[A-Za-z0-9._:+@-]{1,255}",
      "write a kernel name such as sda or nvme0n1, or a /dev/disk/by-id/... path")
      .and(v -> v.endsWith("/.") || v.endsWith("/..") ? "'" + v + "' names a directory, not a disk" : null);

  /** A mount point, or {@code swap}. */
  static final TextRule MOUNT = TextRule.matching("a mount point", "swap|/|(/[A-Za-z0-9._-]{1,255}){1,16}",
      "write an absolute path such as / or /var/lib, or swap")
      .and(v -> ("/" + v + "/").contains("/./") || ("/" + v + "/").contains("/../")
          ? "'" + v + "' contains '.' or '..': write a plain absolute path" : null);

  /** A file system type. */
  static final TextRule FILE_SYSTEM = LabSyntax.oneOfWords("a file system", FILE_SYSTEMS);

  /** An LVM volume group or logical volume name. */
  static final TextRule LVM_NAME = TextRule.matching("an LVM name", "[A-Za-z0-9+_][A-Za-z0-9+_.-]{0,126}",
      "use letters, digits, '+', '_', '.' and '-', not starting with '-'")
      .and(v -> v.equals(".") || v.equals("..") ? "'" + v + "' is not an LVM name" : null);

  /** A network interface's name. */
  static final TextRule INTERFACE = TextRule.matching("an interface name", "[A-Za-z][A-Za-z0-9_.-]{0,14}",
      "start with a letter, then letters, digits, '_', '.' or '-', at most 15 characters");

  /** A bonding mode. */
  static final TextRule BOND_MODE = LabSyntax.oneOfWords("a bonding mode", BOND_MODES);

  /** A Puppet role ({@code pp_role}). */
  static final TextRule ROLE = TextRule.matching("a role", "[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}",
      "use letters, digits, '_', '.', ':' and '-'");

  /** A Puppet environment. */
  static final TextRule ENVIRONMENT = TextRule.matching("a Puppet environment", "[a-z0-9_]{1,64}",
      "use lowercase letters, digits and '_'");

  /** A Puppet class name, for example {@code role::mailserver}. */
  static final TextRule PUPPET_CLASS = TextRule.matching("a Puppet class name",
      "[a-z][a-z0-9_]{0,63}(::[a-z][a-z0-9_]{0,63}){0,7}",
      "use lowercase names of letters, digits and '_' joined by '::', like role::mailserver");

  /** A Puppet top-scope parameter (variable) name. */
  static final TextRule PUPPET_PARAMETER = TextRule.matching("a Puppet parameter name", "[a-z][a-z0-9_]{0,63}",
      "start with a lowercase letter, then lowercase letters, digits and '_'");

  private SystemSyntax() {}

  private static String fullNameProblem(String v) {
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
          && " .,-()\u2019".indexOf(c) < 0) {
        return "'" + TextRule.shown(v) + "' is not a full name: it contains " + LabSyntax.describeChar(c)
            + "; use letters, digits, spaces and . , - ( ) \u2019";
      }
      i += Character.charCount(c);
    }
    if (v.isBlank() || v.startsWith(" ") || v.endsWith(" ")) {
      return "'" + v + "' is not a full name: it starts or ends with a space";
    }
    return LabSyntax.lengthProblem(v, 128);
  }
}
