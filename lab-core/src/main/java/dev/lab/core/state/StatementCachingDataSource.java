package dev.lab.core.state;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections keep their prepared statements. SQLite's driver compiles a
 * statement anew on every {@code prepareStatement} — about a tenth of the embedded store's CPU
 * under a boot storm — while Lab runs the same few dozen SQL texts over and over. A connection of
 * this source compiles each text once: closing a statement only clears its parameters and hands it
 * to the next {@code prepareStatement} of the same text on that connection. A statement whose
 * execution failed is really closed, never handed out again; one still in use when its text is
 * prepared again (a nested use) gives way to a fresh, uncached statement; the least recently used
 * beyond {@link #MAX_STATEMENTS} are closed. Closing the connection closes them all.
 *
 * <p>A pooled connection serves one thread at a time; the cache is guarded anyway, since a pool may
 * close an idle connection from its own thread.
 */
final class StatementCachingDataSource implements DataSource {
  static final int MAX_STATEMENTS = 64;

  private final DataSource delegate;

  StatementCachingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return caching(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return caching(delegate.getConnection(user, password));
  }

  private static Connection caching(Connection physical) {
    return (Connection) Proxy.newProxyInstance(StatementCachingDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new CachingConnection(physical));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(delegate) ? iface.cast(delegate) : delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(delegate) || delegate.isWrapperFor(iface);
  }

  /** One physical connection and its statements, by SQL text, least recently used first. */
  private static final class CachingConnection implements InvocationHandler {
    private final Connection physical;
    private final LinkedHashMap<String, CachedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

    CachingConnection(Connection physical) {
      this.physical = physical;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "prepareStatement":
          if (args.length == 1) {
            return prepare((String) args[0]);
          }
          break;
        case "close":
          closeAll();
          break;
        case "unwrap":
          if (((Class<?>) args[0]).isInstance(physical)) {
            return physical;
          }
          break;
        case "isWrapperFor":
          if (((Class<?>) args[0]).isInstance(physical)) {
            return true;
          }
          break;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "statement-caching " + physical;
        default:
          break;
      }
      return call(method, physical, args);
    }

    private synchronized PreparedStatement prepare(String sql) throws SQLException {
      CachedStatement cached = statements.get(sql);
      if (cached == null) {
        cached = new CachedStatement(this, sql, physical.prepareStatement(sql));
        statements.put(sql, cached);
        evictBeyondLimit();
      } else if (cached.inUse) {
        return physical.prepareStatement(sql);
      }
      cached.inUse = true;
      cached.failed = false;
      return cached.proxy;
    }

    private void evictBeyondLimit() throws SQLException {
      var it = statements.entrySet().iterator();
      while (statements.size() > MAX_STATEMENTS && it.hasNext()) {
        CachedStatement eldest = it.next().getValue();
        if (!eldest.inUse) {
          it.remove();
          eldest.statement.close();
        }
      }
    }

    /** The user closed its statement: keep it for the next use, unless its execution failed. */
    private synchronized void released(CachedStatement cached) throws SQLException {
      cached.inUse = false;
      if (cached.failed || statements.get(cached.sql) != cached) {
        statements.remove(cached.sql, cached);
        cached.statement.close();
      } else {
        cached.statement.clearParameters();
      }
    }

    private synchronized void closeAll() {
      List<CachedStatement> all = new ArrayList<>(statements.values());
      statements.clear();
      for (CachedStatement s : all) {
        try {
          s.statement.close();
        } catch (SQLException e) {
          // the connection closes next, which releases what the statement held
        }
      }
    }
  }

  /** A statement of the cache and the handle its users see. */
  private static final class CachedStatement implements InvocationHandler {
    private final CachingConnection connection;
    private final String sql;
    private final PreparedStatement statement;
    private final PreparedStatement proxy;
    private boolean inUse;
    private boolean failed;

    CachedStatement(CachingConnection connection, String sql, PreparedStatement statement) {
      this.connection = connection;
      this.sql = sql;
      this.statement = statement;
      this.proxy = (PreparedStatement) Proxy.newProxyInstance(StatementCachingDataSource.class.getClassLoader(),
          new Class<?>[] {PreparedStatement.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          if (inUse) {
            connection.released(this);
          }
          return null;
        case "isClosed":
          return !inUse || statement.isClosed();
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "cached " + statement;
        default:
          break;
      }
      if (!inUse) {
        throw new SQLException("this statement was closed");
      }
      try {
        return call(method, statement, args);
      } catch (SQLException | RuntimeException e) {
        failed = true;
        throw e;
      }
    }
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
