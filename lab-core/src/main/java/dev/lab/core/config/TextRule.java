package dev.lab.core.config;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a text property may contain. Every text a user writes into the lab directory is checked by
 * one of these before anything uses it; the binder refuses control characters before any rule
 * runs. A rule may also normalise a value (MAC addresses become lowercase and colon-separated).
 *
 * <p>A rule defined by a regular expression publishes it, so the JSON Schema carries the very
 * pattern the loader applies; the expressions use only syntax that Java and ECMA-262 read alike.
 */
final class TextRule {
  private static final int SHOWN = 80;

  private final String description;
  private final String hint;
  private final Pattern pattern;
  private final Function<String, String> check;
  private final UnaryOperator<String> normalizer;

  private TextRule(String description, String hint, Pattern pattern, Function<String, String> check,
      UnaryOperator<String> normalizer) {
    this.description = description;
    this.hint = hint;
    this.pattern = pattern;
    this.check = check;
    this.normalizer = normalizer;
  }

  /**
   * @param description what a valid value is, for documentation, for example {@code an RFC 1123
   *     host name}
   * @param regex the whole value must match this
   * @param hint how to write a valid value, appended to the message
   */
  static TextRule matching(String description, String regex, String hint) {
    Pattern p = Pattern.compile(regex);
    return new TextRule(description, hint, p,
        v -> p.matcher(v).matches() ? null : "'" + shown(v) + "' is not " + description + ": " + hint,
        UnaryOperator.identity());
  }

  /**
   * A rule defined by a regular expression whose messages are written by code, for values that must
   * not be quoted back (a password hash may be a password pasted by mistake).
   *
   * @param description what a valid value is
   * @param regex the whole value must match this
   * @param message the complete problem message for a value that does not match
   */
  static TextRule matching(String description, String regex, Function<String, String> message) {
    Pattern p = Pattern.compile(regex);
    return new TextRule(description, null, p, v -> p.matcher(v).matches() ? null : message.apply(v),
        UnaryOperator.identity());
  }

  /**
   * @param description what a valid value is
   * @param check returns the complete problem message for an invalid value, null for a valid one
   */
  static TextRule checkedBy(String description, Function<String, String> check) {
    return new TextRule(description, null, null, check, UnaryOperator.identity());
  }

  /** @return this rule, plus a further check that runs when this one passes */
  TextRule and(Function<String, String> further) {
    return new TextRule(description, hint, pattern, v -> {
      String problem = check.apply(v);
      return problem != null ? problem : further.apply(v);
    }, normalizer);
  }

  /** @return this rule, normalising valid values with {@code normalize} */
  TextRule normalizedBy(UnaryOperator<String> normalize) {
    return new TextRule(description, hint, pattern, check, normalize);
  }

  /** @return why the value is not acceptable, or null when it is */
  String problem(String value) {
    return check.apply(Objects.requireNonNull(value));
  }

  /** @return the value in its normal form; only for values without a problem */
  String normalize(String value) {
    return normalizer.apply(value);
  }

  /** @return what a valid value is, for documentation */
  String description() {
    return description;
  }

  /** @return how to write a valid value, or null when the description says it all */
  String hint() {
    return hint;
  }

  /** @return the regular expression valid values match in full, or null when code decides */
  String pattern() {
    return pattern == null ? null : pattern.pattern();
  }

  /** @return the value as messages quote it: shortened when long */
  static String shown(String value) {
    return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...";
  }
}
