package dev.lab.cli;

import dev.lab.core.ssh.SshTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of {@code lab onboard --provider ssh}: where the machine is and how to log in. */
public final class SshOptions {
  /** The private keys tried when no --identity is given, as OpenSSH does. */
  private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

  @Option(names = "--host", paramLabel = "HOST",
      description = "SSH: the machine's host name or address (default: the server's sshAddress).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "SSH: the port (default: 22).")
  Integer port;

  @Option(names = "--user", paramLabel = "USER",
      description = "SSH: the user to log in as; not root means the enrollment runs with sudo -n (default: root).")
  String user;

  @Option(names = "--identity", paramLabel = "KEYFILE",
      description = "SSH: the private key (ed25519, ECDSA or RSA; a passphrase comes from $LAB_SSH_PASSPHRASE)"
          + " (default: ~/.ssh/id_ed25519, id_ecdsa, id_rsa, those that exist).")
  Path identity;

  @Option(names = "--known-hosts", paramLabel = "FILE",
      description = "SSH: the known_hosts file host keys are checked against (default: ~/.ssh/known_hosts).")
  Path knownHosts;

  @Option(names = "--trust-new-host-key",
      description = "SSH: accept an unknown host key and add it to the known_hosts file (never a changed one).")
  boolean trustNewHostKey;

  /** @return whether any SSH-only option was given */
  boolean anyGiven() {
    return host != null || port != null || user != null || identity != null || knownHosts != null || trustNewHostKey;
  }

  /**
   * @param sshAddress the inventory's address of the server; nullable
   * @param dryRun whether a trusted new host key stays out of the known_hosts file
   */
  SshTarget target(Map<String, String> env, String sshAddress, boolean dryRun) {
    String where = host != null ? host : sshAddress;
    if (where == null) {
      throw UserError.invalid("--provider ssh needs --host (the server has no sshAddress in the inventory)");
    }
    if (port != null && (port < 1 || port > 65535)) {
      throw UserError.invalid("--port must be between 1 and 65535, not " + port);
    }
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    List<Path> keys = new ArrayList<>();
    if (identity != null) {
      keys.add(identity);
    } else {
      DEFAULT_KEYS.stream().map(k -> home.resolve(".ssh").resolve(k)).filter(Files::isRegularFile).forEach(keys::add);
      if (keys.isEmpty()) {
        throw UserError.invalid("no SSH key: pass --identity KEYFILE (none of ~/.ssh/" + String.join(", ", DEFAULT_KEYS)
            + " exists)");
      }
    }
    return new SshTarget(where, port == null ? 22 : port, user == null ? "root" : user, keys,
        env.get("LAB_SSH_PASSPHRASE"), knownHosts != null ? knownHosts : home.resolve(".ssh").resolve("known_hosts"),
        trustNewHostKey, !dryRun, Duration.ofSeconds(30));
  }
}
