package dev.lab.core.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/** Reads private keys (OpenSSH or PEM; ed25519, ECDSA, RSA), asking for a passphrase only when needed. */
final class Identities {
  /** The environment variable a passphrase-protected key's passphrase comes from. */
  static final String PASSPHRASE_VARIABLE = "LAB_SSH_PASSPHRASE";

  private Identities() {}

  /**
   * @return the key pairs of the files, in order
   * @throws SshFailure naming the file when one is missing, unreadable, protected without a
   *     passphrase or protected with another one
   */
  static List<KeyPair> load(List<Path> files, String passphrase) {
    List<KeyPair> keys = new ArrayList<>();
    for (Path file : files) {
      keys.addAll(load(file, passphrase));
    }
    return keys;
  }

  private static List<KeyPair> load(Path file, String passphrase) {
    AtomicBoolean asked = new AtomicBoolean();
    FilePasswordProvider provider = (session, resource, retry) -> {
      asked.set(true);
      if (passphrase == null) {
        throw new SshFailure("identity file " + file + " is passphrase-protected: put its passphrase in "
            + PASSPHRASE_VARIABLE + " (Lab does not use an SSH agent)");
      }
      return passphrase;
    };
    try (InputStream in = Files.newInputStream(file)) {
      List<KeyPair> keys = new ArrayList<>();
      Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()),
          in, provider);
      if (loaded != null) {
        loaded.forEach(keys::add);
      }
      if (keys.isEmpty()) {
        throw new SshFailure("identity file " + file + " holds no private key Lab can read");
      }
      return keys;
    } catch (SshFailure e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new SshFailure("identity file " + file + " does not exist", e);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      if (e.getCause() instanceof SshFailure f) {
        throw f;
      }
      if (asked.get()) {
        throw new SshFailure("identity file " + file + " cannot be decrypted: is " + PASSPHRASE_VARIABLE
            + " its passphrase?", e);
      }
      throw new SshFailure("identity file " + file + " is not a private key Lab can read (" + e.getMessage() + ")", e);
    }
  }
}
