package dev.lab.server;

import dev.lab.core.state.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token of the operator API: the environment's {@code LAB_OPERATOR_TOKEN} when set,
 * otherwise the content of {@code state/operator-token}, which the first start creates (mode 0600)
 * with a new random token that the caller prints once.
 */
final class OperatorToken {
  /** The environment variable that sets the operator token. */
  static final String ENV = "LAB_OPERATOR_TOKEN";
  /** The file, in the lab directory's {@code state/} folder, that keeps the operator token. */
  static final String FILE = "operator-token";
  private static final int MIN_LENGTH = 16;

  private final byte[] hash;
  private final String created;

  private OperatorToken(String token, String created) {
    this.hash = Tokens.hash(token).getBytes(StandardCharsets.US_ASCII);
    this.created = created;
  }

  /**
   * @param env the process environment
   * @param stateDir the lab directory's {@code state/} folder
   * @return the operator token
   * @throws IllegalArgumentException when the environment's or the file's token is too short
   */
  static OperatorToken load(Map<String, String> env, Path stateDir) {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new OperatorToken(checked(fromEnv.strip(), ENV), null);
    }
    Path file = stateDir.resolve(FILE);
    try {
      Files.createDirectories(stateDir);
      try {
        String token = Tokens.generate();
        create(file, token);
        return new OperatorToken(token, token);
      } catch (FileAlreadyExistsException e) {
        return new OperatorToken(checked(Files.readString(file, StandardCharsets.US_ASCII).strip(),
            file.toString()), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the operator token file " + file, e);
    }
  }

  private static void create(Path file, String token) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
      Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static String checked(String token, String source) {
    if (token.length() < MIN_LENGTH || !token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException("the operator token from " + source + " must be at least " + MIN_LENGTH
          + " printable characters without blanks");
    }
    return token;
  }

  /** @return whether the presented token is this one (compared in constant time) */
  boolean matches(String presented) {
    if (presented == null || presented.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(hash, Tokens.hash(presented).getBytes(StandardCharsets.US_ASCII));
  }

  /** @return the token when this start created it (to be shown to the operator once), else empty */
  Optional<String> created() {
    return Optional.ofNullable(created);
  }
}
