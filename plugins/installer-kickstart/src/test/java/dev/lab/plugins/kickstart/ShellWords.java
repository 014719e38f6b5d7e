package dev.lab.plugins.kickstart;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into words the way pykickstart does (Python's {@code shlex.split(line,
 * comments=True)} in POSIX mode): blanks separate words, single quotes are literal, double quotes
 * honour backslash before a quote or backslash, a backslash outside quotes escapes the next
 * character, and an unquoted {@code #} starts a comment.
 */
final class ShellWords {
  private ShellWords() {}

  /**
   * @return the words
   * @throws IllegalArgumentException on an unterminated quote or a trailing backslash
   */
  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '#') {
        break;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated single quote in: " + line);
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i = doubleQuoted(line, i + 1, word);
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 >= line.length()) {
          throw new IllegalArgumentException("trailing backslash in: " + line);
        }
        word.append(line.charAt(i + 1));
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static int doubleQuoted(String line, int start, StringBuilder word) {
    int i = start;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unterminated double quote in: " + line);
  }
}
