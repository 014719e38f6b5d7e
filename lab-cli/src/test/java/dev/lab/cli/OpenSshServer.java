package dev.lab.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server (Debian's openssh-server) for the tests: {@code /usr/sbin/sshd -D -e -f
 * CONFIG} on 127.0.0.1 and a free port, with its own host key and authorized_keys file in a
 * temporary directory, public-key login only. As root it lets root log in (the privilege
 * separation directory /run/sshd is created when missing, as the Debian service does); as any
 * other user sshd runs unprivileged and only that user can log in.
 */
final class OpenSshServer implements AutoCloseable {
  static final Path SSHD = Path.of("/usr/sbin/sshd");
  static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

  private final Process process;
  private final int port;
  private final Path log;

  private OpenSshServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static boolean available() {
    return Files.isExecutable(SSHD) && Files.isExecutable(SSH_KEYGEN);
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * @param dir a private directory for its files
   * @param hostKey its host key (private key file, from {@link #keygen})
   * @param authorizedKeys the authorized_keys file of every user
   * @param env variables sshd sets in every session (sshd_config SetEnv)
   */
  static OpenSshServer start(Path dir, Path hostKey, Path authorizedKeys, Map<String, String> env)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> config = new ArrayList<>(List.of(
        "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + hostKey, "AuthorizedKeysFile " + authorizedKeys,
        "PidFile none", "UsePAM no", "StrictModes no", "PubkeyAuthentication yes", "PasswordAuthentication no",
        "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password", "LogLevel VERBOSE"));
    env.forEach((k, v) -> config.add("SetEnv " + k + "=" + v));
    Path file = dir.resolve("sshd_config");
    Files.write(file, config, StandardCharsets.UTF_8);
    if (root()) {
      Files.createDirectories(Path.of("/run/sshd"));
    }
    Path log = dir.resolve("sshd.log");
    Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    OpenSshServer server = new OpenSshServer(p, port, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("sshd exited with " + p.exitValue() + ": " + Files.readString(log));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    server.close();
    throw new IllegalStateException("sshd did not listen on port " + port + " within 15 s: " + Files.readString(log));
  }

  /** Generates a key pair without a passphrase (or with one); @return the private key file. */
  static Path keygen(Path file, String type, String passphrase) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", passphrase, "-C", "lab-test",
        "-f", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("ssh-keygen failed: " + out);
    }
    return file;
  }

  /** @return the SHA-256 fingerprint of a key, as ssh-keygen -l prints it ({@code SHA256:...}) */
  static String fingerprint(Path publicKey) throws IOException, InterruptedException {
    return run(SSH_KEYGEN.toString(), "-l", "-E", "sha256", "-f", publicKey.toString()).split("\\s+")[1];
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  int port() {
    return port;
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
