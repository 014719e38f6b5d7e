package dev.lab.api.model;

import java.util.List;

/**
 * A login user.
 *
 * @param name the login name
 * @param fullName the full name (GECOS); nullable
 * @param passwordHash the password as a crypt(3) hash ({@code $6$...}, {@code $y$...}); nullable for
 *     key-only login
 * @param groups supplementary groups
 * @param sshKeys OpenSSH public keys, one per entry
 * @param sudo whether the user may use sudo
 */
@Doc("A login user. Passwords are only ever given as crypt(3) hashes.")
public record User(
    @Doc(value = "Login name.", required = true, example = "ops") String name,
    @Doc("Full name.") String fullName,
    @Doc(value = "Password as a crypt(3) hash, such as yescrypt ($y$) or SHA-512 ($6$) from 'mkpasswd' or "
        + "'openssl passwd -6'; password login is off when absent.",
        example = "$y$j9T$ftHnWi0kMmvl0srA$1BnM0hN6eV0gnXH4IdMT1JrabIiLxLL9fxpWJ6AwBf9") String passwordHash,
    @Doc(value = "Supplementary groups.", example = "[wheel]") List<String> groups,
    @Doc("OpenSSH public keys.") List<String> sshKeys,
    @Doc(value = "May use sudo.", defaultValue = "false") boolean sudo) {

  public User {
    groups = groups == null ? List.of() : List.copyOf(groups);
    sshKeys = sshKeys == null ? List.of() : List.copyOf(sshKeys);
  }
}
