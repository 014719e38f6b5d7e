package dev.lab.plugins.vyos.config;

/**
 * Splits {@code config.boot} text into tokens by the rules of VyOS's own lexer (vyos1x-config):
 * identifiers run to a blank, brace or quote; single- or double-quoted strings take the escapes
 * {@code \" \' \\ \/ \b \f \n \r \t}; {@code //} starts a comment to the end of the line and a
 * lone {@code /*} a block comment; a newline is a token only right after an identifier or string.
 */
final class ConfigLexer {
  enum Type {
    ID,
    STRING,
    LBRACE,
    RBRACE,
    NEWLINE,
    COMMENT,
    EOF
  }

  /** One token: its type, its text (identifiers, strings, comments) and where it starts. */
  record Token(Type type, String text, int line, int column) {}

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;
  private boolean afterValue;

  ConfigLexer(String text) {
    this.text = text;
  }

  Token next() {
    while (true) {
      if (pos >= text.length()) {
        return token(Type.EOF, null, pos);
      }
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\n') {
        Token newline = token(Type.NEWLINE, null, pos);
        newLine(pos + 1);
        pos++;
        if (afterValue) {
          afterValue = false;
          return newline;
        }
      } else if (c == '"' || c == '\'') {
        return quoted(c);
      } else if (c == '{' || c == '}') {
        afterValue = false;
        return token(c == '{' ? Type.LBRACE : Type.RBRACE, null, pos++);
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else {
        return identifierOrComment();
      }
    }
  }

  private Token identifierOrComment() {
    int start = pos;
    int end = start;
    while (end < text.length() && " \t\n\r{}\"'".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    if (text.startsWith("/*", start) && end - start <= 2) {
      int close = text.indexOf("*/", start + 2);
      if (close < 0) {
        throw error(start, "a comment is not closed with */");
      }
      Token comment = token(Type.COMMENT, text.substring(start + 2, close), start);
      // a comment may span lines: count them after taking its starting position
      for (int k = start; k < close; k++) {
        if (text.charAt(k) == '\n') {
          newLine(k + 1);
        }
      }
      pos = close + 2;
      afterValue = false;
      return comment;
    }
    pos = end;
    afterValue = true;
    return token(Type.ID, text.substring(start, end), start);
  }

  private Token quoted(char quote) {
    int start = pos;
    Token opening = token(Type.STRING, null, start);
    StringBuilder value = new StringBuilder();
    int k = pos + 1;
    while (true) {
      if (k >= text.length()) {
        throw new ConfigSyntaxException(opening.line(), opening.column(),
            "a quoted string is missing its closing " + (quote == '"' ? "double" : "single") + " quote");
      }
      char c = text.charAt(k);
      if (c == quote) {
        pos = k + 1;
        afterValue = true;
        return new Token(Type.STRING, value.toString(), opening.line(), opening.column());
      }
      if (c == '\\') {
        char escaped = k + 1 < text.length() ? text.charAt(k + 1) : 0;
        value.append(unescape(escaped, k));
        k += 2;
      } else {
        if (c == '\n') {
          newLine(k + 1);
        }
        value.append(c);
        k++;
      }
    }
  }

  private char unescape(char escaped, int at) {
    return switch (escaped) {
      case '/', '\\', '\'', '"' -> escaped;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      default -> throw error(at, "unknown escape sequence in a quoted string");
    };
  }

  private void newLine(int startOfNextLine) {
    line++;
    lineStart = startOfNextLine;
  }

  private Token token(Type type, String value, int at) {
    return new Token(type, value, line, at - lineStart + 1);
  }

  ConfigSyntaxException error(int at, String message) {
    return new ConfigSyntaxException(line, at - lineStart + 1, message);
  }
}
