package dev.lab.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range} request header (RFC 9110 §14.1.2), resolved against a file
 * size: {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}.
 *
 * @param first the first byte served
 * @param length how many bytes are served
 */
record ByteRange(long first, long length) {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** @return the last byte served */
  long last() {
    return first + length - 1;
  }

  /** What a {@code Range} header asks of a file. */
  sealed interface Request permits Whole, Part, Unsatisfiable {}

  /** Serve the whole file: no header, a malformed one, or several ranges (which Lab does not combine). */
  record Whole() implements Request {}

  /** Serve one part. */
  record Part(ByteRange range) implements Request {}

  /** The range lies outside the file: 416. */
  record Unsatisfiable() implements Request {}

  /** @return what the header asks of a file of {@code size} bytes */
  static Request parse(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return new Whole();
    }
    if (m.group(1).isEmpty()) {
      long suffix = Long.parseLong(m.group(2));
      if (suffix == 0 || size == 0) {
        return new Unsatisfiable();
      }
      long length = Math.min(suffix, size);
      return new Part(new ByteRange(size - length, length));
    }
    long first = Long.parseLong(m.group(1));
    Optional<Long> last = m.group(2).isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(m.group(2)));
    if (last.isPresent() && last.get() < first) {
      return new Whole();
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    long end = last.map(l -> Math.min(l, size - 1)).orElse(size - 1);
    return new Part(new ByteRange(first, end - first + 1));
  }
}
