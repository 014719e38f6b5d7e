package dev.lab.plugins.autoinstall;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of POSIX shell into words and operators the way {@code sh} reads it, enough to
 * compare the shape of two commands: how many words, which operators, and which words hold a live
 * expansion ({@code $...} or a backtick outside single quotes). Quoting is resolved: a word's text is
 * what the command receives (expansions left as written). A {@code #} starting a word ends the line.
 */
final class ShellWords {
  private static final String OPERATORS = ";&|<>()";
  private static final List<String> TWO_CHAR_OPERATORS = List.of("&&", "||", ">>", ";;", "<<");

  /** One token: an operator such as {@code ;} or {@code ||}, or a word with its unquoted text. */
  record Token(boolean operator, String text, boolean expands) {
    /** @return the token without its text, for comparing shapes */
    String shape() {
      return operator ? "op:" + text : expands ? "word$" : "word";
    }
  }

  private ShellWords() {}

  static List<Token> split(String line) {
    List<Token> out = new ArrayList<>();
    StringBuilder word = null;
    boolean expands = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || OPERATORS.indexOf(c) >= 0) {
        if (word != null) {
          out.add(new Token(false, word.toString(), expands));
          word = null;
          expands = false;
        }
        if (c == ' ' || c == '\t') {
          i++;
          continue;
        }
        int end = i + 1;
        for (String op : TWO_CHAR_OPERATORS) {
          if (line.startsWith(op, i)) {
            end = i + 2;
          }
        }
        out.add(new Token(true, line.substring(i, end), false));
        i = end;
        continue;
      }
      if (c == '#' && word == null) {
        break;
      }
      if (word == null) {
        word = new StringBuilder();
      }
      switch (c) {
        case '\'' -> {
          int close = line.indexOf('\'', i + 1);
          if (close < 0) {
            throw new IllegalArgumentException("unterminated single quote: " + line);
          }
          word.append(line, i + 1, close);
          i = close + 1;
        }
        case '"' -> {
          i++;
          while (true) {
            if (i >= line.length()) {
              throw new IllegalArgumentException("unterminated double quote: " + line);
            }
            char d = line.charAt(i);
            if (d == '"') {
              i++;
              break;
            }
            if (d == '\\' && i + 1 < line.length() && "$`\"\\".indexOf(line.charAt(i + 1)) >= 0) {
              word.append(line.charAt(i + 1));
              i += 2;
              continue;
            }
            expands |= d == '$' || d == '`';
            word.append(d);
            i++;
          }
        }
        case '\\' -> {
          if (i + 1 >= line.length()) {
            throw new IllegalArgumentException("trailing backslash: " + line);
          }
          word.append(line.charAt(i + 1));
          i += 2;
        }
        default -> {
          expands |= c == '$' || c == '`';
          word.append(c);
          i++;
        }
      }
    }
    if (word != null) {
      out.add(new Token(false, word.toString(), expands));
    }
    return out;
  }

  /** @return the shapes of the line's tokens */
  static List<String> shape(String line) {
    return split(line).stream().map(Token::shape).toList();
  }
}
