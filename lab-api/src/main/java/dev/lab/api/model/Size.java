package dev.lab.api.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storage size, written with a unit like {@code 512MiB}, {@code 20GiB}, {@code 1.5TB} or
 * {@code rest} (all remaining space); a bare number is refused as ambiguous. Binary units (KiB, MiB, GiB, TiB) are powers of 1024, decimal ones (KB, MB, GB,
 * TB) powers of 1000; {@code M}/{@code G}/{@code T} alone are binary.
 *
 * @param bytes the size in bytes; 0 for {@code rest}
 * @param rest whether this means "all remaining space"
 */
public record Size(long bytes, boolean rest) {
  private static final Pattern FORMAT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(i?)(B?)", Pattern.CASE_INSENSITIVE);

  public Size {
    if (bytes < 0 || (rest && bytes != 0)) {
      throw new IllegalArgumentException("invalid size");
    }
  }

  /** @return all remaining space */
  public static Size remaining() {
    return new Size(0, true);
  }

  /** @return a size of this many MiB */
  public static Size mib(long mib) {
    return new Size(mib * 1024 * 1024, false);
  }

  /**
   * @param text the size as a user wrote it
   * @return the size
   * @throws IllegalArgumentException with a message saying what is accepted
   */
  public static Size parse(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("rest")) {
      return remaining();
    }
    Matcher m = FORMAT.matcher(t);
    if (!m.matches() || m.group(2).isEmpty()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size: write a number with a unit such as 512MiB, 20GiB, 2TB, or 'rest'");
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    boolean decimal = m.group(3).isEmpty() && !m.group(4).isEmpty();
    long base = decimal ? 1000 : 1024;
    int power = "KMGT".indexOf(unit) + 1;
    BigDecimal value = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
    if (value.signum() == 0) {
      throw new IllegalArgumentException("'" + text + "' is zero: a size must be positive");
    }
    return new Size(value.longValue(), false);
  }

  /** @return the size in MiB, rounded up; 0 for {@code rest} */
  public long mib() {
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
  }

  @Override
  public String toString() {
    if (rest) {
      return "rest";
    }
    long mib = mib();
    if (mib % (1024 * 1024) == 0) {
      return mib / (1024 * 1024) + "TiB";
    }
    if (mib % 1024 == 0) {
      return mib / 1024 + "GiB";
    }
    return mib + "MiB";
  }
}
