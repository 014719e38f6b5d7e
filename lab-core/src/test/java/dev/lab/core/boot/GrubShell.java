package dev.lab.core.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model of GRUB 2's script lexer ({@code grub-core/script/yylex.l}) for one line, strict about what
 * Lab must never write unquoted, and of how GRUB builds a kernel or module command line from a
 * command's arguments ({@code grub_create_loader_cmdline} in {@code grub-core/lib/cmdline.c}).
 *
 * <p>Outside quotes, blanks separate words; {@code # } at the start of a word starts a comment; {@code
 * \n ; ;; & && | || < > { }} are separate tokens; {@code \x} is {@code x}; {@code '...'} is literal;
 * in {@code "..."} only {@code \$ \\ \" \newline} are escapes and {@code $name}/{@code ${name}} are
 * expanded without splitting. The model refuses (with {@link IllegalStateException}) what would make a
 * line more than one plain command: any of those tokens, an unquoted {@code $} expansion (GRUB splits
 * its value into words) and an unquoted glob character {@code * ? [} (GRUB may expand it to file
 * names).
 */
final class GrubShell {
  private static final String SPECIALS = "{}|&;<>\n";

  private GrubShell() {}

  /** @return the words of a line that must be exactly one command */
  static List<String> command(String line, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      if (i >= n) {
        return words;
      }
      char c = line.charAt(i);
      if (c == '#') {
        return words;
      }
      if (SPECIALS.indexOf(c) >= 0) {
        throw new IllegalStateException("GRUB would read '" + c + "' as a separate token in: " + line);
      }
      StringBuilder word = new StringBuilder();
      while (i < n) {
        c = line.charAt(i);
        if (c == ' ' || c == '\t' || SPECIALS.indexOf(c) >= 0) {
          break;
        }
        if (c == '\'') {
          int end = line.indexOf('\'', i + 1);
          if (end < 0) {
            throw new IllegalStateException("unterminated single quote: " + line);
          }
          word.append(line, i + 1, end);
          i = end + 1;
        } else if (c == '"') {
          i = doubleQuoted(line, i + 1, env, word);
        } else if (c == '\\') {
          if (i + 1 >= n) {
            throw new IllegalStateException("a trailing backslash continues the line: " + line);
          }
          word.append(line.charAt(i + 1));
          i += 2;
        } else if (c == '$') {
          throw new IllegalStateException("GRUB would expand (and split) an unquoted variable in: " + line);
        } else {
          if (c == '*' || c == '?' || c == '[') {
            throw new IllegalStateException("GRUB may expand the unquoted glob '" + c + "' in: " + line);
          }
          word.append(c);
          i++;
        }
      }
      words.add(word.toString());
    }
  }

  /** @return the index after the closing quote; appends the string's value to {@code word} */
  private static int doubleQuoted(String line, int i, Map<String, String> env, StringBuilder word) {
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < n && "$\\\"".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else if (c == '$') {
        int start = i + 1;
        int end;
        String name;
        if (start < n && line.charAt(start) == '{') {
          end = line.indexOf('}', start);
          if (end < 0) {
            throw new IllegalStateException("unterminated ${ in: " + line);
          }
          name = line.substring(start + 1, end);
          end++;
        } else {
          end = start;
          while (end < n && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
          }
          name = line.substring(start, end);
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?#*@]")) {
          throw new IllegalStateException("GRUB would refuse '$" + name + "' in: " + line);
        }
        word.append(env.getOrDefault(name, ""));
        i = end;
      } else {
        word.append(c);
        i++;
      }
    }
    throw new IllegalStateException("unterminated double quote: " + line);
  }

  /**
   * The command line GRUB hands to a kernel or module for these arguments: each argument that holds
   * a space in double quotes, a backslash before each {@code \ ' "}, arguments joined with spaces.
   *
   * @param keepHexEscapes GRUB 2.06 and later pass {@code \xHH} through unchanged; 2.02 does not
   */
  static String loaderCommandLine(List<String> args, boolean keepHexEscapes) {
    List<String> parts = new ArrayList<>();
    for (String arg : args) {
      boolean space = arg.indexOf(' ') >= 0;
      StringBuilder b = new StringBuilder();
      if (space) {
        b.append('"');
      }
      for (int i = 0; i < arg.length(); i++) {
        char c = arg.charAt(i);
        if (keepHexEscapes && c == '\\' && i + 3 < arg.length() && arg.charAt(i + 1) == 'x'
            && isHex(arg.charAt(i + 2)) && isHex(arg.charAt(i + 3))) {
          b.append(arg, i, i + 4);
          i += 3;
          continue;
        }
        if (c == '\\' || c == '\'' || c == '"') {
          b.append('\\');
        }
        b.append(c);
      }
      if (space) {
        b.append('"');
      }
      parts.add(b.toString());
    }
    return String.join(" ", parts);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
