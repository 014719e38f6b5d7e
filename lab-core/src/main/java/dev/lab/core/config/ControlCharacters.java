package dev.lab.core.config;

/**
 * The characters refused everywhere in a lab directory: control characters (C0, DEL, C1 including
 * U+0085), line and paragraph separators (U+2028, U+2029), invisible format characters (bidi
 * overrides, zero-width characters) and lone surrogates. None belongs in a name, a key or any value
 * Lab writes into a generated file, and each can hide or split a line.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  /** @return whether the code point is refused */
  static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
  }

  /** @return why the text is refused, or null when it has none of these characters */
  static String problem(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c)) {
        String what = c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 ? "a line break"
            : c == '\t' ? "a tab" : "an invisible or control character";
        return String.format("contains %s (U+%04X): write the value on one line without control "
            + "characters", what, c);
      }
      i += Character.charCount(c);
    }
    return null;
  }
}
