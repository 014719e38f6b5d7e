package dev.lab.core.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of an auto-onboard rule, parsed from {@code fact: "OPERATOR VALUE"}: for example
 * {@code cores: ">= 40"}, {@code memory: ">= 500GB"} or {@code provider: ovh} (no operator means
 * {@code ==}). Ordering operators need a number, optionally with a size unit ({@code 500GB} is 500
 * × 1000³ bytes, {@code 2TiB} is 2 × 1024⁴; {@code K}, {@code M}, {@code G} and {@code T} alone are
 * binary, as in disk sizes).
 *
 * @param fact the fact's name
 * @param operator the comparison
 * @param value the value compared with, as written (without the operator)
 */
public record RuleCondition(String fact, Operator operator, String value) {
  private static final Pattern SYNTAX = Pattern.compile("(>=|<=|==|!=|>|<)? *(.*)", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?) *(?:([KMGTP])(i?)B?|(B))?",
      Pattern.CASE_INSENSITIVE);
  private static final String PLAIN = "[A-Za-z0-9._:/@+,()-]+( [A-Za-z0-9._:/@+,()-]+)*";

  /** A comparison. */
  public enum Operator {
    EQ("=="), NE("!="), GE(">="), LE("<="), GT(">"), LT("<");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** @return the operator as written, for example {@code >=} */
    public String symbol() {
      return symbol;
    }

    /** @return whether the operator orders numbers rather than comparing for equality */
    public boolean ordering() {
      return this != EQ && this != NE;
    }

    static Operator of(String symbol) {
      for (Operator o : values()) {
        if (o.symbol.equals(symbol)) {
          return o;
        }
      }
      return EQ;
    }
  }

  public RuleCondition {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param fact the fact's name
   * @param text the condition as written, for example {@code >= 500GB}
   * @return the condition
   * @throws IllegalArgumentException naming what is wrong
   */
  public static RuleCondition parse(String fact, String text) {
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    Matcher m = SYNTAX.matcher(spaces(text));
    m.matches();
    return new RuleCondition(fact, Operator.of(m.group(1) == null ? "==" : m.group(1)), spaces(m.group(2)));
  }

  /** @return why the condition text is malformed, or null when it is well-formed */
  static String problem(String text) {
    String control = ControlCharacters.problem(text);
    if (control != null) {
      return control;
    }
    String t = spaces(text);
    Matcher m = SYNTAX.matcher(t);
    m.matches();
    String op = m.group(1);
    String value = spaces(m.group(2));
    if (op == null && !t.isEmpty() && "<>=!".indexOf(t.charAt(0)) >= 0) {
      return "'" + TextRule.shown(text) + "' does not start with an operator Lab knows: use >=, <=, >, <, == or !=";
    }
    if (value.isEmpty()) {
      return "'" + TextRule.shown(text) + "' has no value to compare with";
    }
    if (op != null && Operator.of(op).ordering()) {
      return number(value).isPresent() ? null
          : "'" + TextRule.shown(text) + "' compares with " + op + ", which needs a number such as 40, 500GB or 2TiB";
    }
    return value.matches(PLAIN) ? null
        : "'" + TextRule.shown(text) + "' is not a plain value: use letters, digits, single spaces and . _ : / @ + , ( ) -";
  }

  /** @return the text without leading and trailing spaces (only spaces) */
  private static String spaces(String text) {
    return text.replaceAll("^ +| +$", "");
  }

  /** @return the value as a number, sizes in bytes, when it is one */
  public Optional<BigDecimal> number() {
    return number(value);
  }

  private static Optional<BigDecimal> number(String value) {
    Matcher m = NUMBER.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal n = new BigDecimal(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(n);
    }
    int power = "KMGTP".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
    boolean decimal = m.group(3).isEmpty() && value.toUpperCase(Locale.ROOT).endsWith("B");
    return Optional.of(n.multiply(BigDecimal.valueOf(decimal ? 1000 : 1024).pow(power)));
  }

  @Override
  public String toString() {
    return fact + " " + operator.symbol() + " " + value;
  }
}
