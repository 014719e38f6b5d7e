package dev.lab.core.state;

import dev.lab.core.config.StateSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A shared state database: its JDBC URL and the credentials Lab logs in with.
 *
 * @param url a PostgreSQL JDBC URL
 * @param user the role; null to let the driver decide (for example from the URL)
 * @param password the role's password; null when the database needs none
 */
public record StateDatabase(String url, String user, String password) {
  /** Environment variable that names the database, overriding {@code state.url}. */
  public static final String URL_ENV = "LAB_STATE_URL";
  /** Environment variable with the role, overriding {@code state.user}. */
  public static final String USER_ENV = "LAB_STATE_USER";
  /** Environment variable with the password, overriding {@code state.passwordFile}. */
  public static final String PASSWORD_ENV = "LAB_STATE_PASSWORD";

  public StateDatabase {
    if (url == null || !url.startsWith("jdbc:postgresql://")) {
      throw new StateStoreException("the shared state store is PostgreSQL: its URL must start with "
          + "jdbc:postgresql://, as in jdbc:postgresql://db.lab.example:5432/lab", null);
    }
  }

  /**
   * Where a lab keeps its state: the environment ({@value #URL_ENV}, {@value #USER_ENV},
   * {@value #PASSWORD_ENV}) wins over lab.yaml's {@code state} settings, each value on its own.
   *
   * @param settings lab.yaml's {@code state}
   * @param labDir the lab directory, which a relative password file is resolved against
   * @param env the environment
   * @return the shared database, or empty for the embedded store
   * @throws StateStoreException when the password file cannot be read
   */
  public static Optional<StateDatabase> resolve(StateSettings settings, Path labDir, Map<String, String> env) {
    String url = nonBlank(env.get(URL_ENV), settings.url());
    if (url == null) {
      return Optional.empty();
    }
    String user = nonBlank(env.get(USER_ENV), settings.user());
    String password = nonBlank(env.get(PASSWORD_ENV), null);
    if (password == null && settings.passwordFile() != null) {
      password = readPassword(labDir.resolve(settings.passwordFile()));
    }
    return Optional.of(new StateDatabase(url, user, password));
  }

  private static String nonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first.strip() : second;
  }

  private static String readPassword(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      String password = (end < 0 ? text : text.substring(0, end)).strip();
      if (password.isEmpty()) {
        throw new StateStoreException("the state database password file " + file
            + " is empty: write the password on its first line", null);
      }
      return password;
    } catch (NoSuchFileException e) {
      throw new StateStoreException("the state database password file " + file
          + " does not exist (state.passwordFile in lab.yaml)", e);
    } catch (IOException e) {
      throw new StateStoreException("cannot read the state database password file " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "StateDatabase[" + url + ", user " + user + (password == null ? "" : ", password set") + "]";
  }
}
