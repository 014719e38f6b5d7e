package dev.lab.core.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to connect.
 *
 * @param host the host name or address
 * @param port the SSH port
 * @param user the user to log in as
 * @param identities the private keys to offer, in order (at least one)
 * @param passphrase the passphrase of passphrase-protected keys; nullable
 * @param knownHosts the known_hosts file host keys are checked against (and appended to on
 *     first-use trust)
 * @param trustNewHostKey whether an unknown host key is accepted and recorded (never a changed one)
 * @param recordNewHostKey whether an accepted unknown host key is written to {@code knownHosts}
 * @param connectTimeout bound on connecting, key exchange and authentication
 */
public record SshTarget(String host, int port, String user, List<Path> identities, String passphrase,
    Path knownHosts, boolean trustNewHostKey, boolean recordNewHostKey, Duration connectTimeout) {

  public SshTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(knownHosts, "knownHosts");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    identities = List.copyOf(identities);
    if (identities.isEmpty()) {
      throw new IllegalArgumentException("no identity file to log in with");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
    }
  }

  /** @return {@code user@host:port}, for messages */
  public String describe() {
    return user + "@" + host + (port == 22 ? "" : ":" + port);
  }
}
