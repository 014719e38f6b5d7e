package dev.lab.plugins.vyos.validate;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import dev.lab.plugins.vyos.model.Names;
import dev.lab.plugins.vyos.model.SshPublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What VyOS 1.4 can do with login users: every user is an administrator (sudo, the {@code
 * vyattacfg} group) with an SHA-256/SHA-512 crypt password hash and/or SSH public keys; there are no
 * supplementary groups, no root password and no unprivileged users.
 */
final class UserRules {
  /** VyOS's own patterns for {@code encrypted-password} that Lab accepts (sha256crypt, sha512crypt). */
  private static final Pattern HASH = Pattern.compile(
      "\\$5\\$(rounds=[0-9]+\\$)?[a-zA-Z0-9./]*\\$[a-zA-Z0-9./]{43}"
          + "|\\$6\\$(rounds=[0-9]+\\$)?[a-zA-Z0-9./]*\\$[a-zA-Z0-9./]{86}");
  /** System accounts of a VyOS image (Debian base-passwd and VyOS's services) a user cannot be. */
  private static final Set<String> SYSTEM_ACCOUNTS = Set.of("root", "daemon", "bin", "sys", "sync",
      "games", "man", "lp", "mail", "news", "uucp", "proxy", "www-data", "backup", "list", "irc",
      "gnats", "nobody", "_apt", "messagebus", "sshd", "frr", "openvpn", "minion", "radius_user",
      "radius_priv_user", "snmp", "systemd-network", "systemd-resolve", "systemd-timesync", "tss");
  private static final Pattern TACACS = Pattern.compile("tacacs[0-9]+");

  private UserRules() {}

  static void check(Profile profile, List<Problem> problems) {
    if (profile.rootPasswordHash() != null) {
      problems.add(Problem.of("profile.rootPasswordHash",
          "VyOS has no root password: give a login user (VyOS users are administrators) instead"));
    }
    if (profile.users().isEmpty()) {
      problems.add(Problem.of("profile.users",
          "VyOS needs at least one login user with a password hash or an SSH key"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profile.users().size(); i++) {
      user("profile.users[" + i + "]", profile.users().get(i), names, problems);
    }
  }

  private static void user(String path, User user, Set<String> names, List<Problem> problems) {
    String name = user.name();
    if (!Names.isUserName(name)) {
      problems.add(Problem.of(path + ".name", "a VyOS login name is a lowercase letter or '_' followed by "
          + "at most 31 lowercase letters, digits, '_', '.' or '-'"));
    } else if (SYSTEM_ACCOUNTS.contains(name) || TACACS.matcher(name).matches()) {
      problems.add(Problem.of(path + ".name", "'" + name + "' is a system account of VyOS"));
    } else if (!names.add(name)) {
      problems.add(Problem.of(path + ".name", "user " + name + " is listed twice"));
    }
    if (user.fullName() != null && fullNameProblem(user.fullName()) != null) {
      problems.add(Problem.of(path + ".fullName", fullNameProblem(user.fullName())));
    }
    if (user.passwordHash() != null && !HASH.matcher(user.passwordHash()).matches()) {
      problems.add(Problem.of(path + ".passwordHash",
          "VyOS 1.4 takes a SHA-512 ($6$) or SHA-256 ($5$) crypt hash ('lab hash-password' makes one)"));
    }
    if (user.passwordHash() == null && user.sshKeys().isEmpty()) {
      problems.add(Problem.of(path, "user " + name + " could not log in: give a password hash or an SSH key"));
    }
    if (!user.groups().isEmpty()) {
      problems.add(Problem.of(path + ".groups",
          "VyOS 1.4 has no supplementary groups for login users: remove them"));
    }
    if (!user.sudo()) {
      problems.add(Problem.of(path + ".sudo",
          "every VyOS login user is an administrator with sudo: set sudo: true to acknowledge it"));
    }
    for (int k = 0; k < user.sshKeys().size(); k++) {
      try {
        SshPublicKey.parse(user.sshKeys().get(k));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(path + ".sshKeys[" + k + "]", e.getMessage()));
      }
    }
  }

  /**
   * VyOS refuses ':' in a full name and pastes it into a shell command between single quotes when
   * it creates the account, so quotes, backslashes and control characters are refused too.
   */
  private static String fullNameProblem(String fullName) {
    if (fullName.length() > 255) {
      return "a full name has at most 255 characters";
    }
    for (int i = 0; i < fullName.length(); i++) {
      char c = fullName.charAt(i);
      if (c == ':' || c == '\'' || c == '\\') {
        return "a VyOS full name cannot contain ':', ''' or '\\'";
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(c)
          && !validSurrogate(fullName, i)) {
        return "a full name must be one line of printable characters";
      }
    }
    return null;
  }

  private static boolean validSurrogate(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
