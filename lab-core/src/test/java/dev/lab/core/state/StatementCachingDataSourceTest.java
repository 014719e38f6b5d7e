package dev.lab.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class StatementCachingDataSourceTest {
  @TempDir
  Path dir;

  private StatementCachingDataSource source;

  @BeforeEach
  void database() throws SQLException {
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
    source = new StatementCachingDataSource(sqlite);
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
    }
  }

  @Test
  void aClosedStatementIsHandedOutAgainForTheSameTextWithItsParametersCleared() throws SQLException {
    try (Connection c = source.getConnection()) {
      PreparedStatement physical = insert(c, "a", 1);
      assertThat(insert(c, "b", 2)).isSameAs(physical);
      assertThat(values(c)).isEqualTo("a=1,b=2");
      try (PreparedStatement other = c.prepareStatement("SELECT count(*) FROM t")) {
        assertThat(other.unwrap(PreparedStatement.class)).isNotSameAs(physical);
      }
      try (PreparedStatement again = c.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
        again.setString(1, "c");
        // The previous use bound v = 2; cleared, the unset parameter is NULL.
        assertThatThrownBy(again::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("NOT NULL");
      }
    }
  }

  @Test
  void aStatementStillInUseIsNotHandedOutTwice() throws SQLException {
    try (Connection c = source.getConnection()) {
      insert(c, "a", 1);
      insert(c, "b", 2);
      String sql = "SELECT k FROM t ORDER BY k";
      try (PreparedStatement outer = c.prepareStatement(sql); ResultSet rows = outer.executeQuery()) {
        assertThat(rows.next()).isTrue();
        try (PreparedStatement inner = c.prepareStatement(sql); ResultSet again = inner.executeQuery()) {
          assertThat(inner.unwrap(PreparedStatement.class)).isNotSameAs(outer.unwrap(PreparedStatement.class));
          assertThat(again.next()).isTrue();
          assertThat(again.getString(1)).isEqualTo("a");
        }
        assertThat(rows.getString(1)).isEqualTo("a");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("b");
      }
    }
  }

  @Test
  void aStatementWhoseExecutionFailedIsClosedNotReused() throws SQLException {
    try (Connection c = source.getConnection()) {
      PreparedStatement physical = insert(c, "a", 1);
      assertThatThrownBy(() -> insert(c, "a", 2)).isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
      assertThat(physical.isClosed()).isTrue();
      assertThat(insert(c, "b", 3)).isNotSameAs(physical);
      assertThat(values(c)).isEqualTo("a=1,b=3");
    }
  }

  @Test
  void aClosedHandleRefusesWorkAndClosingTheConnectionClosesTheStatements() throws SQLException {
    PreparedStatement physical;
    try (Connection c = source.getConnection()) {
      PreparedStatement handle = c.prepareStatement("SELECT count(*) FROM t");
      physical = handle.unwrap(PreparedStatement.class);
      handle.close();
      assertThat(handle.isClosed()).isTrue();
      assertThatThrownBy(handle::executeQuery).isInstanceOf(SQLException.class).hasMessageContaining("closed");
      assertThat(physical.isClosed()).isFalse();
    }
    assertThat(physical.isClosed()).isTrue();
  }

  @Test
  void theLeastRecentlyUsedBeyondTheLimitAreClosed() throws SQLException {
    try (Connection c = source.getConnection()) {
      PreparedStatement firstPhysical;
      try (PreparedStatement first = c.prepareStatement("SELECT 0")) {
        firstPhysical = first.unwrap(PreparedStatement.class);
      }
      for (int i = 1; i <= StatementCachingDataSource.MAX_STATEMENTS; i++) {
        try (PreparedStatement s = c.prepareStatement("SELECT " + i)) {
          s.executeQuery().close();
        }
      }
      assertThat(firstPhysical.isClosed()).isTrue();
    }
  }

  /** @return the driver's statement that ran the insert */
  private static PreparedStatement insert(Connection c, String k, int v) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
      ps.setString(1, k);
      ps.setInt(2, v);
      PreparedStatement physical = ps.unwrap(PreparedStatement.class);
      ps.executeUpdate();
      return physical;
    }
  }

  private static String values(Connection c) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (PreparedStatement ps = c.prepareStatement("SELECT k, v FROM t ORDER BY k"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        b.append(b.length() == 0 ? "" : ",").append(rs.getString(1)).append('=').append(rs.getObject(2));
      }
    }
    return b.toString();
  }
}
