package dev.lab.plugins.preseed;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What user-setup and the installed system accept for root and the users, checked before rendering. */
final class AccountRules {
  /**
   * Names user-setup refuses for its user (its {@code reserved-usernames}) plus the system accounts
   * and groups of a Debian base system, which {@code useradd} would collide with.
   */
  private static final Set<String> RESERVED = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man",
      "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "adm",
      "tty", "disk", "kmem", "dialout", "fax", "voice", "cdrom", "floppy", "tape", "sudo", "audio", "dip",
      "operator", "src", "shadow", "utmp", "video", "sasl", "plugdev", "staff", "users", "nogroup", "admin",
      "netdev", "input", "kvm", "render", "sshd", "messagebus", "systemd-network", "systemd-resolve",
      "systemd-timesync", "_apt", "crontab", "ssh", "ssl-cert", "syslog", "dhcp", "ftp", "tftpd", "statd");

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
        problems.add(Problem.of(at + ".fullName", "a full name is one line without ':', ',', '=', '&' or '\\',"
            + " and does not start or end with a blank"));
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
    login(profile, problems);
    return problems;
  }

  private static void login(Profile profile, List<Problem> problems) {
    if (profile.rootPasswordHash() != null) {
      return;
    }
    if (profile.users().stream().noneMatch(User::sudo)) {
      problems.add(Problem.of("profile.users", "root is locked (no rootPasswordHash), so a user with sudo: true"
          + " is needed to administer the machine"));
    } else if (profile.users().stream().noneMatch(u -> u.passwordHash() != null || !u.sshKeys().isEmpty())) {
      problems.add(Problem.of("profile.users", "nobody could log in: root is locked and no user has a"
          + " passwordHash or sshKeys"));
    }
  }

  private static boolean fullName(String s) {
    return Syntax.singleLine(s) && !s.isEmpty() && s.equals(s.strip()) && s.chars().noneMatch(c -> ":,=&\\".indexOf(c) >= 0);
  }
}
