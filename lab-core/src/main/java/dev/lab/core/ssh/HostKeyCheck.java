package dev.lab.core.ssh;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Collection;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Checks the server's host key against a known_hosts file (plain, hashed and {@code [host]:port}
 * entries, as OpenSSH writes them): a known key passes; an unknown key is refused unless first-use
 * trust was asked for, then it is appended to the file; a changed or revoked key is always
 * refused. It remembers what it saw so the caller can explain a refusal.
 */
final class HostKeyCheck extends KnownHostsServerKeyVerifier {
  /** What the check concluded. */
  enum Verdict { NONE, KNOWN, TRUSTED_NEW, UNKNOWN, CHANGED, REVOKED }

  private final boolean trustNew;
  private final boolean recordNew;
  private volatile Verdict verdict = Verdict.NONE;
  private volatile String keyType;
  private volatile String fingerprint;
  private volatile String expectedFingerprint;
  private volatile Throwable recordFailure;

  /**
   * @param knownHosts the known_hosts file
   * @param trustNew whether to accept an unknown key
   * @param recordNew whether an accepted unknown key is appended to the file
   */
  HostKeyCheck(Path knownHosts, boolean trustNew, boolean recordNew) {
    super((session, address, key) -> trustNew, knownHosts);
    this.trustNew = trustNew;
    this.recordNew = recordNew;
  }

  @Override
  public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
    keyType = KeyUtils.getKeyType(key);
    fingerprint = KeyUtils.getFingerPrint(key);
    boolean ok = super.verifyServerKey(session, remote, key);
    if (ok && verdict == Verdict.NONE) {
      verdict = Verdict.KNOWN;
    }
    return ok;
  }

  @Override
  protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey key) {
    if (!trustNew) {
      verdict = Verdict.UNKNOWN;
      return false;
    }
    verdict = Verdict.TRUSTED_NEW;
    return recordNew ? super.acceptUnknownHostKey(session, remote, key) : true;
  }

  @Override
  public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
      PublicKey expected, PublicKey actual) {
    verdict = Verdict.CHANGED;
    expectedFingerprint = KeyUtils.getFingerPrint(expected);
    return false;
  }

  @Override
  protected void handleRevokedKey(ClientSession session, SocketAddress remote, PublicKey key) {
    verdict = Verdict.REVOKED;
  }

  @Override
  protected void handleKnownHostsFileUpdateFailure(ClientSession session, SocketAddress remote, PublicKey key,
      Path file, Collection<HostEntryPair> knownHosts, Throwable reason) {
    recordFailure = reason;
  }

  Verdict verdict() {
    return verdict;
  }

  /** @return the key type and fingerprint the server presented, e.g. {@code ssh-ed25519 SHA256:...} */
  String presented() {
    return keyType + " " + fingerprint;
  }

  String fingerprint() {
    return fingerprint;
  }

  String expectedFingerprint() {
    return expectedFingerprint;
  }

  /** @return why the accepted new key could not be written to the known_hosts file; null when it was */
  Throwable recordFailure() {
    return recordFailure;
  }
}
