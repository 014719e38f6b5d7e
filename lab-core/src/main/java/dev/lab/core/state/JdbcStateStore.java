package dev.lab.core.state;

import static dev.lab.core.state.Sql.query;
import static dev.lab.core.state.Sql.update;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.lab.api.model.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@link StateStore} in portable SQL over JDBC, on one of two engines ({@link Dialect} holds what
 * differs). The embedded default is one SQLite file in the lab directory's {@code state/} folder,
 * in write-ahead-log mode: a committed change survives the process being killed. A shared
 * PostgreSQL database lets several Lab servers run as one. The schema is migrated by Flyway from
 * {@code db/migration} (plus the engine's own folder).
 */
public final class JdbcStateStore implements StateStore {
  private static final String ONBOARDING_COLUMNS =
      "id, server, profile, method, plugin, state, reason, created_at, updated_at";
  /** How many times a transaction that lost a serialisation race or a deadlock is run. */
  private static final int ATTEMPTS = 5;
  private final HikariDataSource dataSource;
  private final Dialect dialect;
  /** Batches this process's write transactions (SQLite's one writer); null where the database does. */
  private final GroupCommit writes;

  private JdbcStateStore(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    // SQLite has one writer at a time; a second one that finds the database locked sleeps in
    // SQLite's busy handler (milliseconds at a time) while holding a pooled connection. Writers in
    // this process queue and commit together instead (GroupCommit); the busy timeout is left for
    // other processes (the CLI next to a running server).
    this.writes = dialect == Dialect.SQLITE ? new GroupCommit(dataSource) : null;
  }

  /**
   * Opens (creating if needed) the embedded store in a folder, private to its owner.
   *
   * @param stateDir the lab directory's {@code state/} folder
   */
  public static JdbcStateStore embedded(Path stateDir) {
    try {
      Files.createDirectories(stateDir);
      try {
        Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: rely on its own permissions
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state folder " + stateDir, e);
    }
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    sqlite.setBusyTimeout(10_000);
    sqlite.enforceForeignKeys(true);
    sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // Lab makes its own ids: no query for generated keys after every insert.
    sqlite.setGetGeneratedKeys(false);
    HikariConfig config = new HikariConfig();
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl("jdbc:sqlite:" + stateDir.resolve("lab.db").toAbsolutePath());
    config.setDataSource(new StatementCachingDataSource(source));
    // Readers never wait for the writer in write-ahead-log mode: enough connections for the
    // server's concurrent reads, while writes take turns (see below).
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(1);
    return open(config, Dialect.SQLITE, stateDir.toString());
  }

  /**
   * Connects to a shared database (PostgreSQL), migrating its schema.
   *
   * @param database where the database is and how to log in
   */
  public static JdbcStateStore connect(StateDatabase database) {
    Dialect dialect = Dialect.of(database.url());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(8);
    config.setMinimumIdle(1);
    return open(config, dialect, database.url());
  }

  private static JdbcStateStore open(HikariConfig config, Dialect dialect, String where) {
    config.setPoolName("lab-state");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StateStoreException("cannot open the state store at " + where + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure(JdbcStateStore.class.getClassLoader())
          .dataSource(ds)
          .locations(dialect.migrations())
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw new StateStoreException("cannot migrate the state store at " + where + ": " + rootMessage(e), e);
    }
    return new JdbcStateStore(ds, dialect);
  }

  /** @return the database's own words: the first SQL error in the chain, else the innermost cause */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return t.getMessage();
      }
      root = t;
    }
    return root.getMessage() == null ? e.getMessage() : root.getMessage();
  }

  @Override
  public DiscoveryStore discovery() {
    return new JdbcDiscoveryStore(this);
  }

  @Override
  public Onboarding approve(NewOnboarding n, Instant requested) {
    String id = UUID.randomUUID().toString();
    return transaction(c -> {
      dialect.lockServer(c, n.server());
      // Approvals of one server are ordered by time: keep each strictly after the previous one, so
      // two approvals within the same millisecond still have a newest.
      long last = first(query(c, "SELECT MAX(created_at) FROM onboardings WHERE server = ?",
          rs -> rs.getLong(1), n.server())).orElse(0L);
      Instant now = requested.toEpochMilli() > last ? requested : Instant.ofEpochMilli(last + 1);
      List<String> superseded = query(c, "SELECT id FROM onboardings WHERE server = ? AND state IN ("
          + placeholders(OnboardingState.PENDING.size()) + ")", rs -> rs.getString(1),
          params(n.server(), OnboardingState.PENDING));
      for (String old : superseded) {
        update(c, "UPDATE onboardings SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
            OnboardingState.SUPERSEDED.id(), "replaced by onboarding " + id, now.toEpochMilli(), old);
        update(c, "UPDATE tokens SET revoked_at = ? WHERE onboarding_id = ? AND revoked_at IS NULL",
            now.toEpochMilli(), old);
        insertEvent(c, new TimelineEvent(now, n.server(), old, "state", OnboardingState.SUPERSEDED.id(),
            "replaced by a new approval", null));
      }
      update(c, "INSERT INTO onboardings (" + ONBOARDING_COLUMNS + ", boot_specs) VALUES (?,?,?,?,?,?,?,?,?,?)",
          id, n.server(), n.profile(), n.method(), n.plugin(), OnboardingState.APPROVED.id(), null,
          now.toEpochMilli(), now.toEpochMilli(), n.bootSpecs());
      for (RenderedFile f : n.files()) {
        update(c, "INSERT INTO onboarding_files (onboarding_id, name, media_type, content) VALUES (?,?,?,?)",
            id, f.name(), f.mediaType(), f.content());
      }
      for (Map.Entry<TokenPurpose, String> t : n.tokens().entrySet()) {
        Instant expiry = n.expiries().get(t.getKey());
        if (expiry == null) {
          throw new IllegalArgumentException("no expiry for the " + t.getKey().id() + " token");
        }
        update(c, "INSERT INTO tokens (token_hash, onboarding_id, purpose, expires_at) VALUES (?,?,?,?)",
            Tokens.hash(t.getValue()), id, t.getKey().id(), expiry.toEpochMilli());
      }
      insertEvent(c, new TimelineEvent(now, n.server(), id, "state", OnboardingState.APPROVED.id(),
          "approved with profile " + n.profile() + " (" + n.method() + ", plugin " + n.plugin() + ")", null));
      return new Onboarding(id, n.server(), n.profile(), n.method(), n.plugin(), OnboardingState.APPROVED,
          null, now, now);
    });
  }

  @Override
  public Optional<Onboarding> onboarding(String id) {
    return read(c -> first(query(c, "SELECT " + ONBOARDING_COLUMNS + " FROM onboardings WHERE id = ?",
        JdbcStateStore::onboarding, id)));
  }

  @Override
  public Optional<Onboarding> current(String server) {
    return read(c -> first(query(c, "SELECT " + ONBOARDING_COLUMNS + " FROM onboardings WHERE server = ?"
        + " AND state <> ? ORDER BY created_at DESC, id LIMIT 1", JdbcStateStore::onboarding,
        server, OnboardingState.SUPERSEDED.id())));
  }

  @Override
  public List<Onboarding> currentAll() {
    return read(c -> query(c, "SELECT " + ONBOARDING_COLUMNS + " FROM onboardings o WHERE state <> ?"
        + " AND created_at = (SELECT MAX(created_at) FROM onboardings p WHERE p.server = o.server AND p.state <> ?)"
        + " ORDER BY server", JdbcStateStore::onboarding, OnboardingState.SUPERSEDED.id(),
        OnboardingState.SUPERSEDED.id()));
  }

  @Override
  public Optional<TokenGrant> redeem(String token, TokenPurpose purpose, Instant now) {
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    return read(c -> first(query(c, "SELECT o." + ONBOARDING_COLUMNS.replace(", ", ", o.")
        + " FROM tokens t JOIN onboardings o ON o.id = t.onboarding_id"
        + " WHERE t.token_hash = ? AND t.purpose = ? AND t.expires_at > ? AND t.revoked_at IS NULL"
        + " AND t.consumed_at IS NULL", JdbcStateStore::onboarding, Tokens.hash(token), purpose.id(),
        now.toEpochMilli())))
        .filter(o -> purpose != TokenPurpose.FILES || OnboardingState.PENDING.contains(o.state()))
        .filter(o -> o.state() != OnboardingState.SUPERSEDED)
        .map(o -> new TokenGrant(o, purpose));
  }

  @Override
  public boolean consume(String token, TokenPurpose purpose, Instant now) {
    if (!Tokens.wellFormed(token)) {
      return false;
    }
    return transaction(c -> update(c, "UPDATE tokens SET consumed_at = ? WHERE token_hash = ? AND purpose = ?"
        + " AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > ?", now.toEpochMilli(),
        Tokens.hash(token), purpose.id(), now.toEpochMilli()) == 1);
  }

  @Override
  public Optional<RenderedFile> file(String onboardingId, String name) {
    return read(c -> first(query(c, "SELECT name, media_type, content FROM onboarding_files"
        + " WHERE onboarding_id = ? AND name = ?",
        rs -> new RenderedFile(rs.getString(1), rs.getString(2), rs.getString(3)), onboardingId, name)));
  }

  @Override
  public String bootSpecs(String onboardingId) {
    return read(c -> first(query(c, "SELECT boot_specs FROM onboardings WHERE id = ?", rs -> rs.getString(1),
        onboardingId))).orElseThrow(() -> new IllegalArgumentException("no onboarding " + onboardingId));
  }

  @Override
  public boolean transition(String onboardingId, Set<OnboardingState> from, OnboardingState to, String reason,
      Instant now) {
    return transaction(c -> {
      List<Object> p = new ArrayList<>(List.of(to.id(), reason == null ? "" : reason, now.toEpochMilli(), onboardingId));
      p.addAll(from.stream().map(OnboardingState::id).toList());
      int rows = update(c, "UPDATE onboardings SET state = ?, reason = NULLIF(?, ''), updated_at = ? WHERE id = ?"
          + " AND state IN (" + placeholders(from.size()) + ")", p.toArray());
      if (rows == 1) {
        String server = first(query(c, "SELECT server FROM onboardings WHERE id = ?", rs -> rs.getString(1),
            onboardingId)).orElseThrow();
        insertEvent(c, new TimelineEvent(now, server, onboardingId, "state", to.id(), reason, null));
      }
      return rows == 1;
    });
  }

  @Override
  public void record(TimelineEvent event) {
    transaction(c -> {
      insertEvent(c, event);
      return null;
    });
  }

  @Override
  public List<TimelineEvent> timeline(String server, int limit) {
    List<TimelineEvent> newest = read(c -> query(c, "SELECT at, server, onboarding_id, kind, type, message, data"
        + " FROM events WHERE server = ? ORDER BY at DESC, seq DESC LIMIT ?",
        JdbcStateStore::timelineEvent, server, limit));
    List<TimelineEvent> oldestFirst = new ArrayList<>(newest);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  @Override
  public Optional<TimelineEvent> progress(Onboarding onboarding, String type) {
    return first(read(c -> query(c, "SELECT at, server, onboarding_id, kind, type, message, data FROM events"
        + " WHERE server = ? AND onboarding_id = ? AND kind = 'progress' AND type = ? ORDER BY at, seq LIMIT 1",
        JdbcStateStore::timelineEvent,
        onboarding.server(), onboarding.id(), type)));
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private void insertEvent(Connection c, TimelineEvent e) throws SQLException {
    update(c, "INSERT INTO events (id, server, onboarding_id, at, seq, kind, type, message, data)"
        + " VALUES (?,?,?,?," + dialect.nextSequence() + ",?,?,?,?)", UUID.randomUUID().toString(), e.server(),
        e.onboardingId(), e.at().toEpochMilli(), e.kind(), e.type(), e.message(), e.data());
  }

  private static TimelineEvent timelineEvent(ResultSet rs) throws SQLException {
    return new TimelineEvent(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7));
  }

  private static Onboarding onboarding(ResultSet rs) throws SQLException {
    return new Onboarding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        OnboardingState.of(rs.getString(6)), rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)),
        Instant.ofEpochMilli(rs.getLong(9)));
  }

  private static Object[] params(String first, Set<OnboardingState> states) {
    List<Object> p = new ArrayList<>();
    p.add(first);
    p.addAll(states.stream().map(OnboardingState::id).toList());
    return p.toArray();
  }

  private static String placeholders(int n) {
    return Collections.nCopies(n, "?").stream().collect(Collectors.joining(","));
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  <T> T read(Sql.Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StateStoreException("state store read failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the work in one transaction; a transaction that lost a serialisation race or a deadlock is
   * rolled back and run again, at most {@link #ATTEMPTS} times.
   */
  <T> T transaction(Sql.Work<T> work) {
    if (writes != null) {
      try {
        return writes.run(work);
      } catch (SQLException e) {
        throw new StateStoreException("state store update failed: " + e.getMessage(), e);
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (attempt >= ATTEMPTS || !dialect.retryable(e)) {
          throw new StateStoreException("state store update failed: " + e.getMessage(), e);
        }
        pause(attempt);
      }
    }
  }

  private <T> T once(Sql.Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** Waits a little longer after each lost race, with jitter so the losers do not meet again. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateStoreException("interrupted while retrying a state store update", e);
    }
  }

}
