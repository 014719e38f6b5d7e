package dev.lab.core.state;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database the build gives the tests: {@code LAB_TEST_POSTGRES_URL} (or {@code
 * -Dlab.test.postgres.url}) with {@code LAB_TEST_POSTGRES_USER} and {@code LAB_TEST_POSTGRES_PASSWORD}.
 * Each test gets a schema of its own, dropped afterwards. Without a URL the tests are skipped with
 * a loud reason, unless {@code -Dlab.test.postgres.required=true} (CI) makes that a failure.
 */
final class TestPostgres implements AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final List<String> schemas = new ArrayList<>();

  private TestPostgres(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** @return the test database, or aborts (skips) the test when there is none and none is required */
  static TestPostgres orSkip() {
    String url = setting("url");
    if (url == null) {
      String reason = "PostgreSQL state-store tests NOT RUN: no test database. Set LAB_TEST_POSTGRES_URL "
          + "(jdbc:postgresql://HOST/DB), LAB_TEST_POSTGRES_USER and LAB_TEST_POSTGRES_PASSWORD; .ci/run does";
      if (Boolean.getBoolean("lab.test.postgres.required")) {
        Assertions.fail(reason + " (and -Dlab.test.postgres.required=true makes this a failure)");
      }
      System.err.println("WARNING: " + reason);
      Assumptions.abort(reason);
    }
    return new TestPostgres(url, setting("user"), setting("password"));
  }

  private static String setting(String name) {
    String value = System.getProperty("lab.test.postgres." + name);
    if (value == null || value.isBlank()) {
      value = System.getenv("LAB_TEST_POSTGRES_" + name.toUpperCase(Locale.ROOT));
    }
    return value == null || value.isBlank() ? null : value;
  }

  /** @return a database whose current schema is new and empty */
  StateDatabase freshSchema() {
    String schema = "lab_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    schemas.add(schema);
    return new StateDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
  }

  /** Runs one statement on the test database (outside any test schema). */
  void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database: " + sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    for (String schema : schemas) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
