package dev.lab.server;

import java.util.regex.Pattern;

/**
 * Masks secrets in text that is about to be logged (request paths, exception messages): the path
 * segment after {@code /t/} and any run of 32 or more base64url characters (a Lab token is 43),
 * wherever they appear, for example inside a URL quoted in an exception's message. Query strings,
 * headers and bodies are never logged at all.
 */
final class Secrets {
  private static final Pattern TOKEN_ROUTE = Pattern.compile("(?<=/t/)[^/\\s\"'?#]+");
  private static final Pattern TOKEN_SHAPED = Pattern.compile("(?<![A-Za-z0-9_%-])[A-Za-z0-9_%-]{32,}(?![A-Za-z0-9_%-])");

  private Secrets() {}

  /** @return the text with every secret-looking part replaced by {@code ***} */
  static String mask(String text) {
    if (text == null) {
      return "";
    }
    return TOKEN_SHAPED.matcher(TOKEN_ROUTE.matcher(text).replaceAll("***")).replaceAll("***");
  }

  /** @return an exception, its causes and its stack, with every message masked */
  static String describe(Throwable error) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      sb.append(t == error ? "" : "\ncaused by: ").append(t.getClass().getName());
      if (t.getMessage() != null) {
        sb.append(": ").append(mask(t.getMessage()));
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        sb.append("\n\tat ").append(frame);
      }
    }
    return sb.toString();
  }
}
