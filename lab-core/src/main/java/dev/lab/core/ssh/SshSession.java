package dev.lab.core.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/**
 * One verified, authenticated SSH connection. Only public-key authentication is offered, with the
 * target's identity files; ~/.ssh/config and the default keys are ignored so what Lab does
 * depends only on its arguments.
 */
public final class SshSession implements AutoCloseable {
  private final SshClient client;
  private final ClientSession session;
  private final String hostKey;
  private final boolean newHostKey;

  private SshSession(SshClient client, ClientSession session, String hostKey, boolean newHostKey) {
    this.client = client;
    this.session = session;
    this.hostKey = hostKey;
    this.newHostKey = newHostKey;
  }

  /**
   * Connects, verifies the host key and logs in.
   *
   * @throws SshFailure saying what went wrong and what to do: unreachable host, unknown host key
   *     (with its fingerprint), changed host key, refused login, unreadable identity
   */
  public static SshSession open(SshTarget target) {
    List<KeyPair> keys = Identities.load(target.identities(), target.passphrase());
    HostKeyCheck check = new HostKeyCheck(target.knownHosts(), target.trustNewHostKey(), target.recordNewHostKey());
    if (target.trustNewHostKey() && target.recordNewHostKey()) {
      createParent(target.knownHosts());
    }
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(check);
    client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
    client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
    client.setUserInteraction(null);
    client.start();
    ClientSession session = null;
    try {
      session = client.connect(target.user(), target.host(), target.port())
          .verify(target.connectTimeout()).getSession();
      for (KeyPair key : keys) {
        session.addPublicKeyIdentity(key);
      }
      session.auth().verify(target.connectTimeout());
    } catch (IOException | RuntimeException e) {
      closeQuietly(session, client);
      throw explain(target, check, e);
    }
    if (check.recordFailure() != null) {
      closeQuietly(session, client);
      throw new SshFailure("the host key of " + target.host() + " was accepted but cannot be added to "
          + target.knownHosts() + ": " + check.recordFailure().getMessage(), check.recordFailure());
    }
    return new SshSession(client, session, check.presented(), check.verdict() == HostKeyCheck.Verdict.TRUSTED_NEW);
  }

  private static SshFailure explain(SshTarget target, HostKeyCheck check, Exception e) {
    String where = target.describe();
    return switch (check.verdict()) {
      case UNKNOWN -> new SshFailure("the host key of " + where + " is not in " + target.knownHosts()
          + ": it presented " + check.presented() + ". Check that fingerprint on the machine itself "
          + "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then run again with --trust-new-host-key to "
          + "accept it and add it to " + target.knownHosts(), e);
      case CHANGED -> new SshFailure("REFUSED: THE HOST KEY OF " + where + " HAS CHANGED. " + target.knownHosts()
          + " expects " + check.expectedFingerprint() + " but it presented " + check.presented()
          + ". Someone may be intercepting the connection, or the machine was reinstalled. Lab never "
          + "accepts a changed key: if the change is expected, remove the old entry (ssh-keygen -R "
          + target.host() + " -f " + target.knownHosts() + ") and connect again", e);
      case REVOKED -> new SshFailure("REFUSED: the host key of " + where + " (" + check.presented()
          + ") is marked @revoked in " + target.knownHosts(), e);
      case KNOWN, TRUSTED_NEW -> new SshFailure("cannot log in to " + where + " with "
          + target.identities() + ": the server refused the key(s) (is the public key in the user's "
          + "~/.ssh/authorized_keys?)", e);
      case NONE -> new SshFailure("cannot connect to " + where + ": " + describe(e), e);
    };
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return message == null ? "no answer" : message;
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null && !Files.isDirectory(parent)) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new SshFailure("cannot create " + parent + " for the known_hosts file: " + e.getMessage(), e);
    }
  }

  /** @return the host key's type and SHA-256 fingerprint */
  public String hostKey() {
    return hostKey;
  }

  /** @return whether the host key was unknown and trusted on first use */
  public boolean newHostKey() {
    return newHostKey;
  }

  /**
   * Runs a command, feeding it {@code stdin}, and waits for it to finish.
   *
   * @param command the remote command line, a fixed string (never built from user input)
   * @param stdin what to write to its standard input before closing it
   * @param timeout how long it may run
   * @throws SshFailure when it cannot be started or does not finish in time
   */
  public CommandResult run(String command, String stdin, Duration timeout) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (ChannelExec channel = session.createExecChannel(command)) {
      channel.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      channel.setOut(new Tee(all, stdout));
      channel.setErr(new Tee(all, null));
      channel.open().verify(timeout);
      Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout.toMillis());
      if (events.contains(ClientChannelEvent.TIMEOUT)) {
        throw new SshFailure("the command did not finish within " + timeout.toSeconds() + " s");
      }
      Integer exit = channel.getExitStatus();
      return new CommandResult(exit == null ? -1 : exit, text(stdout), text(all));
    } catch (IOException e) {
      throw new SshFailure("cannot run a command over SSH: " + describe(e), e);
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    synchronized (bytes) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    closeQuietly(session, client);
  }

  private static void closeQuietly(ClientSession session, SshClient client) {
    try {
      if (session != null) {
        session.close();
      }
    } catch (IOException e) {
      // the connection is going away anyway
    } finally {
      client.stop();
    }
  }

  /** Writes to the interleaved buffer and, for standard output, to its own. */
  private static final class Tee extends OutputStream {
    private final ByteArrayOutputStream all;
    private final ByteArrayOutputStream own;

    Tee(ByteArrayOutputStream all, ByteArrayOutputStream own) {
      this.all = all;
      this.own = own;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (all) {
        all.write(b, off, len);
      }
      if (own != null) {
        synchronized (own) {
          own.write(b, off, len);
        }
      }
    }
  }
}
