package dev.lab.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command gets from outside: environment variables and where the distribution's built-in
 * plugins are. Passed in (never read from globals inside commands) so tests control it.
 *
 * @param env environment variables
 * @param builtinPlugins the distribution's {@code plugins/} folder; nullable when there is none
 * @param stdin standard input
 */
public record Environment(Map<String, String> env, Path builtinPlugins, InputStream stdin) {

  /** @return the environment of this process: {@code lab.home}/plugins as set by bin/lab */
  public static Environment ofProcess() {
    String explicit = System.getProperty("lab.builtinPlugins");
    String home = System.getProperty("lab.home");
    Path plugins = explicit != null ? Path.of(explicit)
        : home != null ? Path.of(home, "plugins") : null;
    if (plugins != null && !Files.isDirectory(plugins)) {
      plugins = null;
    }
    return new Environment(System.getenv(), plugins, System.in);
  }
}
