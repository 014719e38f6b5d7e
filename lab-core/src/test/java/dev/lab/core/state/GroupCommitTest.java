package dev.lab.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

class GroupCommitTest {
  @TempDir Path dir;
  private SQLiteDataSource db;

  @BeforeEach
  void createTable() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(10_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    db = new SQLiteDataSource(config);
    db.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    }
  }

  @Test
  void concurrentWritesEachGetTheirOwnOutcomeAndAFailureIsRolledBackAlone() throws Exception {
    GroupCommit writes = new GroupCommit(db);
    int writers = 400;
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      int k = i;
      results.add(pool.submit(() -> writes.run(c -> {
        insert(c, k, "value " + k);
        if (k % 10 == 3) {
          insert(c, 100_000 + k, "half of a failed write");
          insert(c, k, "a duplicate key fails this write"); // primary key violation
        }
        return k * 2;
      })));
    }
    int failed = 0;
    for (int i = 0; i < writers; i++) {
      if (i % 10 == 3) {
        int k = i;
        assertThatThrownBy(() -> results.get(k).get()).hasCauseInstanceOf(SQLException.class);
        failed++;
      } else {
        assertThat(results.get(i).get()).isEqualTo(i * 2);
      }
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(k >= 100000) FROM t")) {
      rs.next();
      assertThat(rs.getInt(1)).as("rows of the successful writes only").isEqualTo(writers - failed);
      assertThat(rs.getInt(2)).as("nothing of a failed write survives").isZero();
    }
  }

  @Test
  void aRuntimeFailureOfTheOnlyWriteReachesItsCaller() {
    GroupCommit writes = new GroupCommit(db);
    assertThatThrownBy(() -> writes.run(c -> {
      insert(c, 1, "rolled back");
      throw new IllegalStateException("refused");
    })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
    assertThat(count()).isZero();
  }

  private int count() {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static void insert(Connection c, int k, String v) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (k, v) VALUES (?, ?)")) {
      ps.setInt(1, k);
      ps.setString(2, v);
      ps.executeUpdate();
    }
  }
}
