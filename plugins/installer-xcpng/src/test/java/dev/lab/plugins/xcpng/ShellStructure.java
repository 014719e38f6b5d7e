package dev.lab.plugins.xcpng;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a shell script as POSIX sh would split it, without the words' text: each word
 * becomes {@code W}, operators, newlines, comments and command substitutions stay visible. Two
 * renders of a template that differ only inside quoted or safe words have the same structure; a
 * value that opened a new command, a redirection, a substitution or a line would change it.
 *
 * <p>A heredoc body counts by its lines up to its delimiter line: with a quoted delimiter sh takes it
 * literally, so only its length matters; with an unquoted one, substitutions in it are kept.
 */
final class ShellStructure {
  private ShellStructure() {}

  static List<String> of(String script) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = script.length();
    boolean inWord = false;
    List<String[]> heredocs = new ArrayList<>();
    while (i < n) {
      char c = script.charAt(i);
      if (c == '\n') {
        inWord = false;
        out.add("NL");
        i++;
        for (String[] h : heredocs) {
          i = heredoc(script, i, h[0], h[1] != null, out);
          if (i < 0) {
            return out;
          }
        }
        heredocs.clear();
      } else if (script.startsWith("<<", i) && !script.startsWith("<<<", i)) {
        out.add("<<");
        inWord = false;
        i += 2;
        while (i < n && (script.charAt(i) == ' ' || script.charAt(i) == '-')) {
          i++;
        }
        int start = i;
        while (i < n && " \t\n;&|<>".indexOf(script.charAt(i)) < 0) {
          i++;
        }
        String word = script.substring(start, i);
        boolean quoted = word.contains("'") || word.contains("\"") || word.contains("\\");
        heredocs.add(new String[] {word.replaceAll("['\"\\\\]", ""), quoted ? "quoted" : null});
        out.add(quoted ? "DELIM'" : "DELIM");
      } else if (c == ' ' || c == '\t') {
        inWord = false;
        i++;
      } else if (c == '#' && !inWord) {
        out.add("#");
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\'') {
        i = word(out, inWord, i);
        inWord = true;
        int end = script.indexOf('\'', i + 1);
        if (end < 0) {
          out.add("UNTERMINATED'");
          return out;
        }
        i = end + 1;
      } else if (c == '"') {
        i = word(out, inWord, i);
        inWord = true;
        i++;
        while (i < n && script.charAt(i) != '"') {
          char d = script.charAt(i);
          if (d == '\\') {
            i += 2;
            continue;
          }
          if (d == '`' || (d == '$' && i + 1 < n && script.charAt(i + 1) == '(')) {
            out.add("SUBST");
          }
          i++;
        }
        if (i >= n) {
          out.add("UNTERMINATED\"");
          return out;
        }
        i++;
      } else if (c == '\\') {
        i = word(out, inWord, i);
        inWord = true;
        i += 2;
      } else if (c == '$' && i + 1 < n && script.charAt(i + 1) == '(') {
        out.add("$(");
        inWord = false;
        i += 2;
      } else if ("`;&|()<>".indexOf(c) >= 0) {
        int len = i + 1 < n && (c == '&' || c == '|' || c == '<' || c == '>') && script.charAt(i + 1) == c ? 2 : 1;
        out.add(script.substring(i, i + len));
        inWord = false;
        i += len;
      } else {
        i = word(out, inWord, i);
        inWord = true;
        i++;
      }
    }
    return out;
  }

  /** @return the index after the heredoc's delimiter line, or -1 when it has none */
  private static int heredoc(String script, int i, String delimiter, boolean quoted, List<String> out) {
    int lines = 0;
    while (i < script.length()) {
      int end = script.indexOf('\n', i);
      String line = end < 0 ? script.substring(i) : script.substring(i, end);
      i = end < 0 ? script.length() : end + 1;
      if (line.equals(delimiter)) {
        out.add("HEREDOC" + lines);
        out.add("NL");
        return i;
      }
      lines++;
      if (!quoted && (line.contains("$(") || line.contains("`") || line.contains("${"))) {
        out.add("SUBST");
      }
    }
    out.add("UNTERMINATED<<");
    return -1;
  }

  private static int word(List<String> out, boolean inWord, int i) {
    if (!inWord) {
      out.add("W");
    }
    return i;
  }
}
