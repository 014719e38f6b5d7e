package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the machine's identity: host name, domain, root password and users. The first user becomes
 * subiquity's {@code identity} user, which subiquity creates with a password and administrator
 * (sudo) rights; further users are created by cloud-init from {@code user-data}.
 */
final class UserRules {
  private static final int MAX_FULL_NAME = 256;

  private UserRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Server server = config.server();
    if (!Syntax.hostname(server.hostname())) {
      problems.add(Problem.of("server.hostname", "must be a host name label (RFC 1123): letters, digits and"
          + " inner dashes, at most 63 characters"));
    }
    if (server.domain() != null && !Syntax.domain(server.domain())) {
      problems.add(Problem.of("server.domain", "must be a DNS domain: labels of letters, digits and inner"
          + " dashes separated by dots"));
    }
    Profile profile = config.profile();
    if (profile.rootPasswordHash() != null && !Syntax.cryptHash(profile.rootPasswordHash())) {
      problems.add(Problem.of("profile.rootPasswordHash", "must be a crypt(3) hash such as $6$... or $y$..."
          + " ('lab hash-password' makes one)"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profile.users().size(); i++) {
      checkUser(profile.users().get(i), "profile.users[" + i + "]", names, problems);
    }
    if (!profile.users().isEmpty()) {
      checkIdentityUser(profile.users().get(0), problems);
    }
  }

  private static void checkUser(User user, String path, Set<String> names, List<Problem> problems) {
    if (!Syntax.account(user.name())) {
      problems.add(Problem.of(path + ".name", "must be a login name: a lowercase letter or '_', then lowercase"
          + " letters, digits, '_' or '-', at most 32 characters"));
    } else if (Syntax.RESERVED_USERS.contains(user.name())) {
      problems.add(Problem.of(path + ".name", "'" + user.name() + "' is a system account or group Ubuntu"
          + " reserves: choose another login name"));
    } else if (!names.add(user.name())) {
      problems.add(Problem.of(path + ".name", "user '" + user.name() + "' is listed twice"));
    }
    if (user.fullName() != null && (!Syntax.printable(user.fullName()) || user.fullName().contains(":")
        || user.fullName().length() > MAX_FULL_NAME)) {
      problems.add(Problem.of(path + ".fullName", "must be one line of at most " + MAX_FULL_NAME
          + " characters without ':' (the passwd field separator)"));
    }
    if (user.passwordHash() != null && !Syntax.cryptHash(user.passwordHash())) {
      problems.add(Problem.of(path + ".passwordHash", "must be a crypt(3) hash such as $6$... or $y$..."
          + " ('lab hash-password' makes one)"));
    }
    for (int j = 0; j < user.groups().size(); j++) {
      if (!Syntax.account(user.groups().get(j))) {
        problems.add(Problem.of(path + ".groups[" + j + "]", "must be a group name: a lowercase letter or '_',"
            + " then lowercase letters, digits, '_' or '-', at most 32 characters"));
      }
    }
    for (int j = 0; j < user.sshKeys().size(); j++) {
      if (!Syntax.sshKey(user.sshKeys().get(j))) {
        problems.add(Problem.of(path + ".sshKeys[" + j + "]", "must be one OpenSSH public key line: type"
            + " (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256...), base64 key and an optional comment, without"
            + " options"));
      }
    }
  }

  private static void checkIdentityUser(User first, List<Problem> problems) {
    if (first.passwordHash() == null) {
      problems.add(Problem.of("profile.users[0].passwordHash", "the first user becomes subiquity's identity"
          + " user, which needs a password hash: give one, or list a user with one first"));
    }
    if (!first.sudo()) {
      problems.add(Problem.of("profile.users[0].sudo", "the first user becomes subiquity's identity user,"
          + " which subiquity always makes an administrator: set sudo: true, or list a sudo user first"));
    }
  }
}
