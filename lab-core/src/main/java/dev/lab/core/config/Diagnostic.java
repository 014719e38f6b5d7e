package dev.lab.core.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a lab directory, located where the user wrote it. Prints as {@code
 * file:line: property: message}, for example {@code profiles/web.yaml:12: disk.partitions[1].size:
 * '20XB' is not a size ...}.
 *
 * @param file the file, relative to the lab directory with {@code /} separators, for example {@code
 *     profiles/web.yaml}
 * @param line the 1-based line, or 0 when the problem concerns the file as a whole (a missing file)
 * @param property the property's path within the file, for example {@code
 *     disk.partitions[1].size}; empty when the problem is not about one property (invalid YAML)
 * @param message what is wrong and what to do, as a sentence fragment without a trailing period
 */
public record Diagnostic(String file, int line, String property, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
      .thenComparingInt(Diagnostic::line)
      .thenComparing(Diagnostic::property)
      .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
  }

  /** Orders by file, line, property and message. */
  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + (property.isEmpty() ? "" : property + ": ")
        + message;
  }
}
