package dev.lab.plugins.preseed;

import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Who logs in: root (with a crypt hash, or locked with {@code passwd/root-login false}), the one
 * user d-i's user-setup creates, and the further users late_command adds.
 *
 * <p>With root locked, user-setup makes its user an administrator (group {@code sudo}), so that
 * user is the profile's first user with {@code sudo: true}; otherwise it is the profile's first
 * user. A user without a password hash gets a locked password ({@code !}) and logs in by SSH key.
 *
 * @param rootHash the root password hash, or null when root is locked
 * @param installerUser the user user-setup creates, or null for none
 * @param extraUsers the users late_command creates
 */
record Accounts(String rootHash, User installerUser, List<User> extraUsers) {

  static Accounts of(Profile profile) {
    List<User> users = profile.users();
    User first = null;
    if (profile.rootPasswordHash() == null) {
      first = users.stream().filter(User::sudo).findFirst().orElse(null);
    } else if (!users.isEmpty()) {
      first = users.get(0);
    }
    List<User> extra = new ArrayList<>(users);
    extra.remove(first);
    return new Accounts(profile.rootPasswordHash(), first, List.copyOf(extra));
  }

  /** @return the users in the profile's order: the installer's user and the extra ones */
  List<User> all() {
    List<User> all = new ArrayList<>();
    if (installerUser != null) {
      all.add(installerUser);
    }
    all.addAll(extraUsers);
    return all;
  }

  /** @return whether any user gets sudo, so the {@code sudo} package is needed */
  boolean anySudo() {
    return all().stream().anyMatch(User::sudo);
  }

  /** @return the installer user's password as preseeded: the hash, or {@code !} (locked) */
  String installerPassword() {
    return installerUser.passwordHash() == null ? "!" : installerUser.passwordHash();
  }
}
