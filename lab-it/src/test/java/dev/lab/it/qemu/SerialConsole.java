package dev.lab.it.qemu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VM's serial console as QEMU writes it to a log file. Text is read as ISO-8859-1 (every byte
 * is one character) and terminal control sequences are removed, so that firmware, kernel and
 * installer output (the Debian installer draws dialogs with escape sequences) can be matched with
 * plain regular expressions.
 */
public final class SerialConsole {

  /** ANSI/VT100 sequences: CSI (colours, cursor), character set selection, keypad modes. */
  private static final Pattern CONTROL = Pattern.compile(
      "\u001b(?:\\[[0-?]*[ -/]*[@-~]|[()*+][0-9A-Za-z]|[=>78DEHMc])|[\u000e\u000f\r\u0000]");

  private final Path file;

  SerialConsole(Path file) {
    this.file = file;
  }

  /** The log file QEMU writes the console to. */
  public Path file() {
    return file;
  }

  /** Everything the VM has written so far, without control sequences. */
  public String text() {
    return plain(raw());
  }

  /** The end of {@link #text()}, for failure messages. */
  public String tail(int chars) {
    String text = text();
    return text.length() <= chars ? text : "..." + text.substring(text.length() - chars);
  }

  /** A position in {@link #text()}: its length now. */
  public int mark() {
    return text().length();
  }

  /** The first match of {@code pattern} in the text after {@code from}, or null. */
  String find(Pattern pattern, int from) {
    String text = text();
    Matcher matcher = pattern.matcher(text);
    return matcher.find(Math.min(from, text.length())) ? matcher.group() : null;
  }

  /** Removes terminal control sequences, carriage returns and NULs. */
  static String plain(String raw) {
    return CONTROL.matcher(raw).replaceAll("");
  }

  private String raw() {
    try {
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the serial log " + file, e);
    }
  }
}
