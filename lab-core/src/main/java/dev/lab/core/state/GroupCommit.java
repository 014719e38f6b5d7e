package dev.lab.core.state;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Write transactions for a database with one writer at a time (SQLite). Concurrent writes of
 * this process never meet in the database, where the loser would sleep in SQLite's busy handler:
 * they queue here, and whichever caller holds the writer's turn runs everything queued so far
 * inside ONE database transaction — each write in its own savepoint, so one that fails is rolled
 * back alone — and commits once for all of them. Every caller returns only after the commit that
 * contains its write, with its own result or its own error: to each, it is an ordinary
 * transaction, and the writes are applied in a serial order.
 */
final class GroupCommit {
  /** The most writes one commit carries, so a steady stream cannot hold a caller forever. */
  private static final int MAX_BATCH = 256;

  private final DataSource dataSource;
  private final ReentrantLock turn = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

  GroupCommit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs one write transaction, committed together with the others waiting at the same time.
   *
   * @throws SQLException the write's own failure, or the failure of the commit that carried it
   */
  <T> T run(Sql.Work<T> work) throws SQLException {
    Pending<T> mine = new Pending<>(work);
    queue.add(mine);
    turn.lock();
    try {
      while (!mine.done) {
        commitBatch();
      }
    } finally {
      turn.unlock();
    }
    return mine.outcome();
  }

  private void commitBatch() {
    List<Pending<?>> batch = new ArrayList<>();
    for (Pending<?> p = queue.poll(); p != null; p = batch.size() < MAX_BATCH ? queue.poll() : null) {
      batch.add(p);
    }
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (Pending<?> p : batch) {
          p.apply(c, batch.size() > 1);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        failAll(batch, e);
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException | RuntimeException e) {
      failAll(batch, e);
    }
    batch.forEach(p -> p.done = true);
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** The commit failed: writes that had succeeded are lost, so each reports the commit's failure. */
  private static void failAll(List<Pending<?>> batch, Exception e) {
    for (Pending<?> p : batch) {
      if (p.error == null) {
        p.error = e;
        p.result = null;
      }
    }
  }

  /** A queued write; its fields are written and read under the writer's turn. */
  private static final class Pending<T> {
    private final Sql.Work<T> work;
    private T result;
    private Exception error;
    private boolean done;

    Pending(Sql.Work<T> work) {
      this.work = work;
    }

    void apply(Connection c, boolean isolate) throws SQLException {
      if (!isolate) {
        result = work.apply(c);
        return;
      }
      Savepoint savepoint = c.setSavepoint();
      try {
        result = work.apply(c);
        c.releaseSavepoint(savepoint);
      } catch (SQLException | RuntimeException e) {
        c.rollback(savepoint);
        error = e;
      }
    }

    T outcome() throws SQLException {
      if (error instanceof SQLException e) {
        throw e;
      }
      if (error instanceof RuntimeException e) {
        throw e;
      }
      return result;
    }
  }
}
