package dev.lab.core.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What differs between the database engines the state store runs on, in one place: where the
 * engine's own migrations are, how a timeline entry gets its sequence number, how an approval
 * serialises with other approvals of the same server, and which failures are worth retrying.
 *
 * <p>All other SQL is written once for both: times are BIGINT epoch millis, ids are text made by
 * Lab, races are decided by conditional updates whose row count is checked ({@code UPDATE ...
 * WHERE consumed_at IS NULL}), and an upsert is {@code INSERT ... ON CONFLICT (key) DO UPDATE SET
 * column = excluded.column}, which SQLite and PostgreSQL both accept. Migrations in {@code
 * db/migration} must stay portable; an engine's own migrations ({@code db/postgresql}) take
 * versions between the common ones ({@code V1_1} after {@code V1}).
 */
enum Dialect {
  /**
   * The embedded store. Every write transaction starts IMMEDIATE, so writers (threads or
   * processes) are serialised by the database file's lock.
   */
  SQLITE(List.of(), "(SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE rowid = (SELECT MAX(rowid) FROM events))",
      Set.of()) {
    @Override
    void lockServer(Connection c, String server) {
      // the IMMEDIATE transaction already holds the only write lock
    }
  },

  /**
   * A shared PostgreSQL database, in its default READ COMMITTED isolation: conditional updates
   * re-check their condition on the newest row version, approvals of one server take a
   * transaction-scoped advisory lock, and sequence numbers come from a sequence.
   */
  POSTGRESQL(List.of("classpath:db/postgresql"), "nextval('events_seq')",
      Set.of("40001", "40P01", "55P03")) {
    @Override
    void lockServer(Connection c, String server) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, lockKey(server));
        ps.execute();
      }
    }
  };

  /** The migrations every engine runs. */
  static final String COMMON_MIGRATIONS = "classpath:db/migration";

  private final List<String> ownMigrations;
  private final String nextSequence;
  private final Set<String> retryableStates;

  Dialect(List<String> ownMigrations, String nextSequence, Set<String> retryableStates) {
    this.ownMigrations = ownMigrations;
    this.nextSequence = nextSequence;
    this.retryableStates = retryableStates;
  }

  /** @return the dialect of a JDBC URL */
  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("the state store runs on SQLite or PostgreSQL, not on "
        + jdbcUrl.replaceFirst("^(jdbc:[a-z0-9]+:).*", "$1") + " (write jdbc:postgresql://HOST/DATABASE)");
  }

  /** @return the Flyway locations: the common migrations, then the engine's own */
  String[] migrations() {
    return Stream.concat(Stream.of(COMMON_MIGRATIONS), ownMigrations.stream()).toArray(String[]::new);
  }

  /**
   * @return the SQL expression of the next timeline sequence number; on SQLite one more than the
   *     newest row's (an indexed lookup, and it continues any older numbering)
   */
  String nextSequence() {
    return nextSequence;
  }

  /**
   * Serialises this transaction with every other one that locks the same server, until commit or
   * rollback: approvals read the server's pending onboardings and then supersede them.
   */
  abstract void lockServer(Connection c, String server) throws SQLException;

  /** @return whether a failed transaction may succeed when run again (serialisation, deadlock) */
  boolean retryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && retryableStates.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** A stable 64-bit key per server name for PostgreSQL's advisory locks. */
  static long lockKey(String server) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("lab.onboarding:" + server).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
