package dev.lab.core.boot;

/**
 * One word of a boot loader's script, written so that the loader reads it back as exactly that word:
 * the escaping of Lab's {@code ipxe}, {@code grub} and {@code pxelinux} template output formats.
 *
 * <p>iPXE and pxelinux have no quoting at all, so a word they cannot carry is refused with an
 * {@link IllegalArgumentException}; GRUB quotes. The rules follow the loaders' own parsers:
 *
 * <ul>
 *   <li>iPXE ({@code src/core/exec.c}, {@code src/image/script.c}) splits a line at blanks, ends a
 *       command at a word that is {@code ;}, {@code &&} or {@code ||}, starts a comment at a word
 *       beginning with {@code #}, joins a line ending in {@code \} with the next, treats a line
 *       starting with {@code :} as a label, and expands {@code ${...}} inside a word.
 *   <li>GRUB's script lexer treats blanks, {@code ; & | < > { } $ ' " \ #} and the glob characters
 *       {@code * ? [ ]} specially; inside single quotes everything but {@code '} is literal.
 *   <li>pxelinux reads a configuration line as bytes and splits at any byte up to {@code 0x20} and
 *       at {@code 0x7f}; it treats bytes above {@code 0x7f} inconsistently, so only printable ASCII is
 *       accepted.
 * </ul>
 */
public final class LoaderWords {
  private LoaderWords() {}

  /**
   * Checks one iPXE word.
   *
   * @return the word, unchanged
   * @throws IllegalArgumentException if iPXE would not read it back as this one word
   */
  public static String ipxe(String word) {
    String reason = ipxeWordProblem(word);
    if (reason != null) {
      throw new IllegalArgumentException("cannot write " + show(word) + " as one iPXE word: " + reason);
    }
    return word;
  }

  /**
   * Quotes one GRUB word: unchanged when it consists only of characters GRUB never treats specially,
   * otherwise in single quotes, an embedded single quote written as {@code '\''}.
   *
   * @throws IllegalArgumentException for control characters
   */
  public static String grub(String word) {
    String control = controlProblem(word);
    if (control != null) {
      throw new IllegalArgumentException("cannot write " + show(word) + " as one GRUB word: " + control);
    }
    if (!word.isEmpty() && word.chars().allMatch(LoaderWords::grubPlain)) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Checks one pxelinux word.
   *
   * @return the word, unchanged
   * @throws IllegalArgumentException if it is empty or holds anything but printable ASCII other than
   *     a space
   */
  public static String pxelinux(String word) {
    if (word.isEmpty()) {
      throw new IllegalArgumentException("cannot write an empty word in a pxelinux configuration");
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException("cannot write " + show(word) + " as one pxelinux word: "
            + (c == ' ' ? "it contains a space" : "it contains " + describe(word.codePointAt(i))
            + " (pxelinux takes printable ASCII only)"));
      }
    }
    return word;
  }

  /** @return why iPXE would not read {@code word} back as one word, or {@code null} */
  static String ipxeWordProblem(String word) {
    if (word.isEmpty()) {
      return "it is empty";
    }
    String control = controlProblem(word);
    if (control != null) {
      return control;
    }
    if (word.indexOf(' ') >= 0 || word.indexOf('\t') >= 0) {
      return "it contains a blank, which separates words";
    }
    if (word.startsWith(":")) {
      return "a word starting with ':' is a label";
    }
    if (word.endsWith("\\")) {
      return "a trailing '\\' joins the next line";
    }
    return ipxeTokenProblem(word);
  }

  /** @return why a value holds a character no line-based format can carry, or {@code null} */
  static String controlProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
        return "it contains " + describe(c);
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "it contains an unpaired surrogate";
      }
    }
    return null;
  }

  /**
   * @return why iPXE would read a blank-free token as something else than literal text, or {@code
   *     null}
   */
  static String ipxeTokenProblem(String token) {
    if (token.equals(";") || token.equals("&&") || token.equals("||")) {
      return "'" + token + "' alone ends an iPXE command";
    }
    if (token.startsWith("#")) {
      return "a word starting with '#' starts an iPXE comment";
    }
    int start = token.indexOf("${");
    if (start >= 0 && token.indexOf('}', start + 2) >= 0) {
      return "iPXE expands '${...}' and has no way to escape it";
    }
    return null;
  }

  private static boolean grubPlain(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "_./:,=+@%()-".indexOf(c) >= 0;
  }

  /** @return a value quoted for an error message, control characters spelled out */
  static String show(String value) {
    StringBuilder sb = new StringBuilder("'");
    value.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.append('\'').toString();
  }

  /** @return a character named for an error message */
  static String describe(int codePoint) {
    if (Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029) {
      return String.format("the control character U+%04X", codePoint);
    }
    return String.format("'%s' (U+%04X)", Character.toString(codePoint), codePoint);
  }
}
