package dev.lab.plugins.vyos.config;

/** A {@code config.boot} text that does not parse, with the line and character at fault. */
public final class ConfigSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigSyntaxException(int line, int column, String message) {
    super("config.boot line " + line + ", character " + column + ": " + message);
  }

  ConfigSyntaxException(String message) {
    super("config.boot: " + message);
  }
}
