package dev.lab.plugins.preseed;

import dev.lab.api.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Composes the one-line shell commands preseed runs ({@code preseed/early_command}, {@code
 * partman/early_command}, {@code preseed/late_command}; d-i runs each with {@code sh -c}). Every
 * word that carries data goes through {@link Escape#shell}; only the fixed text Lab writes is taken
 * as it is.
 */
final class Shell {
  private Shell() {}

  /** @return a simple command: each word quoted as one shell word */
  static String command(String... words) {
    return command(List.of(words));
  }

  /** @return a simple command: each word quoted as one shell word */
  static String command(List<String> words) {
    return words.stream().map(Escape::shell).collect(Collectors.joining(" "));
  }

  /**
   * @param lines the file's lines
   * @param redirect {@code >} or {@code >>}
   * @param path the file, on the installer's side (under {@code /target} for the installed system)
   * @return a command writing the lines to the file with printf
   */
  static String writeFile(List<String> lines, String redirect, String path) {
    List<String> words = new ArrayList<>();
    words.add("printf");
    words.add("%s\\n");
    words.addAll(lines);
    if (!redirect.equals(">") && !redirect.equals(">>")) {
      throw new IllegalArgumentException("redirect must be > or >>");
    }
    return command(words) + " " + redirect + " " + Escape.shell(path);
  }

  /** @return the commands joined with {@code &&} into one group */
  static String all(List<String> commands) {
    return commands.size() == 1 ? commands.get(0) : "{ " + String.join(" && ", commands) + "; }";
  }
}
