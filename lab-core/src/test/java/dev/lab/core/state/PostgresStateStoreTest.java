package dev.lab.core.state;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The state store's contract on PostgreSQL, each test in a schema of its own on the database the
 * build names ({@link TestPostgres}).
 */
class PostgresStateStoreTest extends StateStoreContract {
  private TestPostgres postgres;
  private StateDatabase database;

  @BeforeEach
  @Override
  void openStore() {
    postgres = TestPostgres.orSkip();
    database = postgres.freshSchema();
    super.openStore();
  }

  @AfterEach
  @Override
  void closeStores() {
    if (database != null) {
      super.closeStores();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  JdbcStateStore open() {
    return JdbcStateStore.connect(database);
  }

  /** Every row of the tokens table, as PostgreSQL writes it out as text. */
  @Override
  String storedTokens(JdbcStateStore store) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t::text FROM tokens t")) {
      while (rs.next()) {
        all.append(rs.getString(1)).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void aWrongPasswordIsRefusedWithoutShowingIt() {
    Assumptions.assumeTrue(database.password() != null, "the test database takes no password");
    StateDatabase wrong = new StateDatabase(database.url(), database.user(), "not-the-password-42");
    assertThatThrownBy(() -> JdbcStateStore.connect(wrong))
        .isInstanceOf(StateStoreException.class)
        .hasMessageStartingWith("cannot open the state store at " + database.url() + ": ")
        .hasMessageContaining("authentication failed")
        .hasMessageNotContaining("not-the-password-42");
  }
}
