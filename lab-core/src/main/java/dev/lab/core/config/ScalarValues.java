package dev.lab.core.config;

import dev.lab.api.model.Size;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the text of one YAML scalar to the value of a scalar {@link Shape}: text checked by its
 * rule, whole numbers, booleans, enum constants, sizes and durations. Numbers and booleans must be
 * written unquoted, as YAML means them; text must not be an unquoted {@code true} or {@code false}.
 */
final class ScalarValues {
  /** The pattern of durations: days, hours, minutes and seconds, each optional, in this order. */
  static final String DURATION = "([0-9]{1,6}d)?([0-9]{1,6}h)?([0-9]{1,6}m)?([0-9]{1,6}s)?";

  private static final Pattern DURATION_PATTERN = Pattern.compile(DURATION);
  private static final Pattern WHOLE = Pattern.compile("[-+]?(0|[1-9][0-9]{0,9})");
  private static final Pattern BOOLEAN = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
  private static final long[] SECONDS = {86_400, 3_600, 60, 1};

  /**
   * A converted value, or why the text cannot be one.
   *
   * @param value the value; null when there is a problem
   * @param problem the problem; null when there is a value
   */
  record Converted(Object value, String problem) {
    static Converted of(Object value) {
      return new Converted(value, null);
    }

    static Converted problem(String problem) {
      return new Converted(null, problem);
    }
  }

  private ScalarValues() {}

  /** @return whether the shape is one of the scalar shapes this class converts */
  static boolean handles(Shape shape) {
    return shape instanceof Shape.Text || shape instanceof Shape.Whole || shape instanceof Shape.Bool
        || shape instanceof Shape.Choice || shape instanceof Shape.SizeText || shape instanceof Shape.DurationText;
  }

  /** @return what a value of the shape is, for "expected ..." messages */
  static String expected(Shape shape) {
    if (shape instanceof Shape.Whole) {
      return "a whole number";
    }
    if (shape instanceof Shape.Bool) {
      return "true or false";
    }
    if (shape instanceof Shape.Choice c) {
      return LabSyntax.oneOf(c.words());
    }
    if (shape instanceof Shape.SizeText) {
      return "a size";
    }
    return shape instanceof Shape.DurationText ? "a duration" : "text";
  }

  /**
   * @param value the scalar's text, free of control characters
   * @param plain whether it was written unquoted
   * @param shape a shape this class {@link #handles}
   * @return the value or the problem
   */
  static Converted convert(String value, boolean plain, Shape shape) {
    if (shape instanceof Shape.Text t) {
      return text(value, plain, t.rule());
    }
    if (shape instanceof Shape.Whole w) {
      return whole(value, plain, w);
    }
    if (shape instanceof Shape.Bool) {
      return bool(value, plain);
    }
    if (shape instanceof Shape.Choice c) {
      return c.find(value).map(Converted::of).orElseGet(() -> Converted.problem("unknown value '"
          + TextRule.shown(value) + "': expected " + LabSyntax.oneOf(c.words()) + Suggest.didYouMean(value, c.words())));
    }
    if (shape instanceof Shape.SizeText) {
      try {
        return Converted.of(Size.parse(value));
      } catch (IllegalArgumentException e) {
        return Converted.problem(e.getMessage());
      }
    }
    return duration(value);
  }

  private static Converted text(String value, boolean plain, TextRule rule) {
    if (plain && BOOLEAN.matcher(value).matches()) {
      return Converted.problem("expected text, found the boolean " + value
          + ": write it in quotes if you mean the word");
    }
    String problem = rule.problem(value);
    return problem != null ? Converted.problem(problem) : Converted.of(rule.normalize(value));
  }

  private static Converted whole(String value, boolean plain, Shape.Whole shape) {
    if (!WHOLE.matcher(value).matches()) {
      return Converted.problem("expected a whole number, found '" + TextRule.shown(value) + "'");
    }
    if (!plain) {
      return Converted.problem("expected a whole number, found the text '" + value + "': remove the quotes");
    }
    long n = Long.parseLong(value);
    if (n < shape.min() || n > shape.max()) {
      String range = shape.max() == Integer.MAX_VALUE ? "at least " + shape.min() : shape.min() + " to " + shape.max();
      return Converted.problem(n + " is out of range: expected " + range);
    }
    return Converted.of((int) n);
  }

  private static Converted bool(String value, boolean plain) {
    if (!BOOLEAN.matcher(value).matches()) {
      return Converted.problem("expected true or false, found '" + TextRule.shown(value) + "'");
    }
    if (!plain) {
      return Converted.problem("expected true or false, found the text '" + value + "': remove the quotes");
    }
    return Converted.of(value.equalsIgnoreCase("true"));
  }

  private static Converted duration(String value) {
    Matcher m = DURATION_PATTERN.matcher(value);
    if (value.isEmpty() || !m.matches()) {
      return Converted.problem("'" + TextRule.shown(value) + "' is not a duration: write numbers with units d, h, m "
          + "and s, such as 30m, 24h or 1d12h");
    }
    Duration d = Duration.ZERO;
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        String n = m.group(g);
        d = d.plusSeconds(Long.parseLong(n.substring(0, n.length() - 1)) * SECONDS[g - 1]);
      }
    }
    return d.isZero() ? Converted.problem("is zero: a lifetime must be positive") : Converted.of(d);
  }
}
