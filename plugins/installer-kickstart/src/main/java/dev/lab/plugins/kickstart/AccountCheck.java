package dev.lab.plugins.kickstart;

import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.HashSet;
import java.util.Set;

/** Checks the root password and the login users. */
final class AccountCheck {
  private AccountCheck() {}

  static void check(Profile profile, Problems problems) {
    if (profile.rootPasswordHash() != null) {
      problems.require(Syntax.matches(Syntax.CRYPT_HASH, profile.rootPasswordHash()), "profile.rootPasswordHash",
          hashMessage());
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profile.users().size(); i++) {
      User u = profile.users().get(i);
      String path = "profile.users[" + i + "]";
      if (!Syntax.matches(Syntax.ACCOUNT, u.name())) {
        problems.add(path + ".name", Syntax.show(u.name()) + " is not a login name: use up to 32 lowercase letters,"
            + " digits, '_' or '-', starting with a letter or '_'");
      } else if ("root".equals(u.name())) {
        problems.add(path + ".name", "root is configured by rootPasswordHash, not as a user");
      } else {
        problems.require(names.add(u.name()), path + ".name", "another user is also named " + u.name());
      }
      if (u.fullName() != null) {
        problems.require(validFullName(u.fullName()), path + ".fullName",
            "a full name is one line of at most 256 characters without ':'");
      }
      if (u.passwordHash() != null) {
        problems.require(Syntax.matches(Syntax.CRYPT_HASH, u.passwordHash()), path + ".passwordHash", hashMessage());
      }
      for (int j = 0; j < u.groups().size(); j++) {
        String group = u.groups().get(j);
        problems.require(Syntax.matches(Syntax.ACCOUNT, group), path + ".groups[" + j + "]",
            Syntax.show(group) + " is not a group name: use up to 32 lowercase letters, digits, '_' or '-'");
      }
      for (int j = 0; j < u.sshKeys().size(); j++) {
        problems.require(Syntax.matches(Syntax.SSH_KEY, u.sshKeys().get(j)), path + ".sshKeys[" + j + "]",
            "not an OpenSSH public key: write TYPE BASE64 [COMMENT] on one line, for example ssh-ed25519 AAAA... ops@lab");
      }
    }
  }

  private static boolean validFullName(String name) {
    return name.length() <= 256 && name.indexOf(':') < 0 && !name.isBlank()
        && name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028
            || c == 0x2029 || Character.getType(c) == Character.SURROGATE);
  }

  private static String hashMessage() {
    return "not a crypt(3) password hash: give a yescrypt ($y$), SHA-512 ($6$), SHA-256 ($5$) or bcrypt hash,"
        + " for example from 'lab hash-password'";
  }
}
