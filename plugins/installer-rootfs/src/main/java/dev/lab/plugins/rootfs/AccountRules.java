package dev.lab.plugins.rootfs;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code useradd}, {@code usermod} and {@code authorized_keys} accept for root and the users:
 * each value is one argument or one line of its syntax.
 */
final class AccountRules {
  /** The system accounts and groups of a Debian base system, which {@code useradd} would collide with. */
  private static final Set<String> RESERVED = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man",
      "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "adm",
      "tty", "disk", "kmem", "dialout", "fax", "voice", "cdrom", "floppy", "tape", "sudo", "audio", "dip",
      "operator", "src", "shadow", "utmp", "video", "sasl", "plugdev", "staff", "users", "nogroup",
      "netdev", "input", "kvm", "render", "sshd", "messagebus", "systemd-network", "systemd-resolve",
      "systemd-timesync", "_apt", "crontab", "ssh");

  private AccountRules() {}

  static List<Problem> check(Profile profile) {
    List<Problem> problems = new ArrayList<>();
    if (profile.rootPasswordHash() != null && !Syntax.cryptHash(profile.rootPasswordHash())) {
      problems.add(Problem.of("profile.rootPasswordHash", "not a SHA-512 ($6$) or yescrypt ($y$) crypt(3) hash"
          + " ('lab hash-password' makes one)"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profile.users().size(); i++) {
      User u = profile.users().get(i);
      String at = "profile.users[" + i + "]";
      if (!Syntax.userName(u.name())) {
        problems.add(Problem.of(at + ".name", "a user name is a lowercase letter, then lowercase letters, digits,"
            + " '-' or '_', at most 32 characters"));
      } else if (RESERVED.contains(u.name())) {
        problems.add(Problem.of(at + ".name", u.name() + " is a system account name"));
      } else if (!names.add(u.name())) {
        problems.add(Problem.of(at + ".name", "user " + u.name() + " is defined twice"));
      }
      if (u.fullName() != null && !fullName(u.fullName())) {
        problems.add(Problem.of(at + ".fullName", "a full name is one line of printable characters without ':',"
            + " ',', '=' or '\\', not starting with '-' or a blank"));
      }
      if (u.passwordHash() != null && !Syntax.cryptHash(u.passwordHash())) {
        problems.add(Problem.of(at + ".passwordHash", "not a SHA-512 ($6$) or yescrypt ($y$) crypt(3) hash"));
      }
      for (int g = 0; g < u.groups().size(); g++) {
        if (!Syntax.groupName(u.groups().get(g))) {
          problems.add(Problem.of(at + ".groups[" + g + "]", "a group name is a lowercase letter or '_', then"
              + " lowercase letters, digits, '-' or '_'"));
        }
      }
      for (int k = 0; k < u.sshKeys().size(); k++) {
        if (!Syntax.sshKey(u.sshKeys().get(k))) {
          problems.add(Problem.of(at + ".sshKeys[" + k + "]", "not one OpenSSH public key line ('ssh-ed25519 AAAA..."
              + " comment'; options and backslashes are not accepted)"));
        }
      }
    }
    for (int i = 0; i < profile.users().size(); i++) {
      for (int g = 0; g < profile.users().get(i).groups().size(); g++) {
        String group = profile.users().get(i).groups().get(g);
        if (names.contains(group)) {
          problems.add(Problem.of("profile.users[" + i + "].groups[" + g + "]", "group " + group + " is also a user"
              + " name, whose own group useradd creates: use another group name"));
        }
      }
    }
    if (profile.rootPasswordHash() == null && profile.users().stream()
        .noneMatch(u -> u.sudo() && (u.passwordHash() != null || !u.sshKeys().isEmpty()))) {
      problems.add(Problem.of("profile.users", "nobody could administer the machine: root is locked (no"
          + " rootPasswordHash) and no user with sudo: true has a passwordHash or sshKeys"));
    }
    return problems;
  }

  private static boolean fullName(String s) {
    return !s.isEmpty() && s.equals(s.strip()) && !s.startsWith("-") && s.codePoints().allMatch(AccountRules::printable)
        && s.chars().noneMatch(c -> ":,=\\".indexOf(c) >= 0);
  }

  private static boolean printable(int c) {
    int type = Character.getType(c);
    return type != Character.CONTROL && type != Character.SURROGATE && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && type != Character.FORMAT;
  }
}
