package dev.lab.server;

import java.util.regex.Pattern;

/**
 * Request paths as they may be logged: the segment after {@code /t/} (a secret token) and any
 * segment shaped like a token are masked, so a token sent to a wrong path is not logged either.
 * Query strings are never logged.
 */
final class LogPaths {
  private static final Pattern TOKEN_ROUTE = Pattern.compile("(?<=/t/)[^/]+");
  private static final Pattern TOKEN_SHAPED = Pattern.compile("(?<=/)[A-Za-z0-9_%-]{32,}(?=/|$)");

  private LogPaths() {}

  /** @return the path with every secret-looking segment replaced by {@code ***} */
  static String masked(String path) {
    if (path == null) {
      return "";
    }
    String masked = TOKEN_ROUTE.matcher(path).replaceAll("***");
    return TOKEN_SHAPED.matcher(masked).replaceAll("***");
  }
}
