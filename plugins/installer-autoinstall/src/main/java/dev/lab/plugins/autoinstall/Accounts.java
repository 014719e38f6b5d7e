package dev.lab.plugins.autoinstall;

import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's accounts, split the way subiquity takes them. The profile's first user is the
 * {@code identity} user: subiquity creates it during the install with its password hash, puts it in
 * the administrators' groups (sudo included) and installs the {@code ssh} section's authorized keys
 * for it. Every further user is created by cloud-init on first boot from {@code user-data: users:},
 * which subiquity appends to the identity user's entry. Without users there is no identity: the
 * host name then goes to {@code user-data} and no default user is created.
 *
 * @param identity the identity user, or null when the profile has no users
 * @param identityGroups the identity user's own supplementary groups, added by late-commands
 * @param authorizedKeys the identity user's SSH keys
 * @param allowPassword whether SSH accepts passwords: only when no user has a key
 * @param users the users cloud-init creates
 * @param rootPasswordHash root's password hash, set by cloud-init; nullable for a locked root
 */
public record Accounts(Identity identity, List<String> identityGroups, List<String> authorizedKeys,
    boolean allowPassword, List<CloudUser> users, String rootPasswordHash) {

  /** The sudo rule of an administrator without a password, who could not type one for sudo. */
  static final String PASSWORDLESS_SUDO = "ALL=(ALL) NOPASSWD:ALL";

  /** subiquity's identity section; realname is nullable. */
  public record Identity(String hostname, String username, String realname, String password) {}

  /**
   * One cloud-init user.
   *
   * @param sudo a sudo rule, or null for none (administrators are in the sudo group)
   */
  public record CloudUser(String name, String gecos, List<String> groups, String passwordHash, List<String> sshKeys,
      String sudo) {}

  static Accounts of(Server server, Profile profile) {
    List<User> users = profile.users();
    boolean anyKey = users.stream().anyMatch(u -> !u.sshKeys().isEmpty());
    if (users.isEmpty()) {
      return new Accounts(null, List.of(), List.of(), !anyKey, List.of(), profile.rootPasswordHash());
    }
    User first = users.get(0);
    Identity identity = new Identity(server.hostname(), first.name(), first.fullName(), first.passwordHash());
    List<CloudUser> rest = new ArrayList<>();
    for (User u : users.subList(1, users.size())) {
      List<String> groups = new ArrayList<>(u.groups());
      if (u.sudo() && !groups.contains("sudo")) {
        groups.add("sudo");
      }
      String rule = u.sudo() && u.passwordHash() == null ? PASSWORDLESS_SUDO : null;
      rest.add(new CloudUser(u.name(), u.fullName(), groups, u.passwordHash(), u.sshKeys(), rule));
    }
    return new Accounts(identity, first.groups(), first.sshKeys(), !anyKey, rest, profile.rootPasswordHash());
  }
}
