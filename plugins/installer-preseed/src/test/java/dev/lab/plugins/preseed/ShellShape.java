package dev.lab.plugins.preseed;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a POSIX shell command line, for tests: operators stay as they are, every word
 * becomes {@code W} followed by the number of expansions that are active in it ({@code $...},
 * {@code $(...)} and backquotes outside single quotes). Two command lines with the same shape run
 * the same commands with the same expansions; only the literal text of words can differ.
 */
final class ShellShape {
  private final String s;
  private int i;
  private final List<String> tokens = new ArrayList<>();

  private ShellShape(String s) {
    this.s = s;
  }

  /**
   * @throws IllegalArgumentException for an unterminated quote or substitution, or a newline
   */
  static List<String> of(String commandLine) {
    ShellShape shape = new ShellShape(commandLine);
    shape.run();
    return shape.tokens;
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a newline at " + i);
      }
      if (c == ' ' || c == '\t') {
        i++;
      } else if ("&|;<>()".indexOf(c) >= 0) {
        int start = i++;
        if (i < s.length() && (s.charAt(i) == c && "&|;<>".indexOf(c) >= 0)) {
          i++;
        }
        tokens.add(s.substring(start, i));
      } else {
        tokens.add("W" + word());
      }
    }
  }

  /** Reads one word; @return the number of active expansions in it */
  private int word() {
    int expansions = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || "&|;<>()\n\r".indexOf(c) >= 0) {
        break;
      }
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated single quote at " + i);
        }
        i = end + 1;
      } else if (c == '"') {
        i++;
        expansions += doubleQuoted();
      } else if (c == '\\') {
        i += 2;
      } else if (c == '$' || c == '`') {
        expansions += 1 + expansion();
      } else {
        i++;
      }
    }
    return expansions;
  }

  private int doubleQuoted() {
    int expansions = 0;
    while (true) {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unterminated double quote");
      }
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        return expansions;
      } else if (c == '\\') {
        i += 2;
      } else if (c == '$' || c == '`') {
        expansions += 1 + expansion();
      } else {
        i++;
      }
    }
  }

  /** Skips a {@code $name}, {@code ${...}}, {@code $(...)} or backquote expansion at i; @return nested ones */
  private int expansion() {
    char c = s.charAt(i);
    if (c == '`') {
      int end = s.indexOf('`', i + 1);
      if (end < 0) {
        throw new IllegalArgumentException("unterminated backquote");
      }
      i = end + 1;
      return 0;
    }
    i++;
    if (i >= s.length()) {
      return 0;
    }
    char n = s.charAt(i);
    if (n == '(' || n == '{') {
      char close = n == '(' ? ')' : '}';
      int depth = 1;
      int nested = 0;
      i++;
      while (depth > 0) {
        if (i >= s.length()) {
          throw new IllegalArgumentException("unterminated $" + n);
        }
        char d = s.charAt(i);
        if (d == '\'') {
          int end = s.indexOf('\'', i + 1);
          if (end < 0) {
            throw new IllegalArgumentException("unterminated single quote");
          }
          i = end + 1;
          continue;
        }
        if (d == n) {
          depth++;
        } else if (d == close) {
          depth--;
        } else if (d == '$' || d == '`') {
          nested++;
        }
        i++;
      }
      return nested;
    }
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
        || "?#@*!-".indexOf(s.charAt(i)) >= 0 && i > 0 && s.charAt(i - 1) == '$')) {
      i++;
    }
    return 0;
  }
}
