package dev.lab.core.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition of an auto-onboard rule, parsed from {@code fact: "TEXT"}. The text is one or more
 * tests joined by {@code and}, all of which must hold:
 *
 * <ul>
 *   <li>{@code OPERATOR VALUE}: {@code >= 40}, {@code < 2TiB}, {@code != hetzner}; no operator
 *       means {@code ==}. Ordering operators need a number, optionally with a size unit ({@code
 *       500GB} is 500 × 1000³ bytes, {@code 2TiB} is 2 × 1024⁴; {@code K}, {@code M}, {@code G},
 *       {@code T} and {@code P} alone are binary, as in disk sizes).
 *   <li>{@code in A, B, C} and {@code not in A, B}: one of a list.
 *   <li>{@code ~ REGEX} and {@code !~ REGEX}: a regular expression found (or not) in the value;
 *       it takes the rest of the text, so it comes last.
 * </ul>
 *
 * A condition may start with a qualifier word, which only the {@code disk} fact takes ({@code nvme
 * >= 1TB}: a disk of that type whose size passes the tests).
 *
 * @param fact the fact's name
 * @param qualifier the leading qualifier word, or null
 * @param tests the tests, at least one unless there is a qualifier
 */
public record RuleCondition(String fact, String qualifier, List<Test> tests) {
  private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?) *(?:([KMGTP])(i?)B?|(B))?",
      Pattern.CASE_INSENSITIVE);
  private static final String PLAIN = "[A-Za-z0-9._:/@+,()-]+( [A-Za-z0-9._:/@+,()-]+)*";
  private static final Pattern QUALIFIER = Pattern.compile("([a-z][a-z0-9]*)(?: +(.*))?", Pattern.DOTALL);
  private static final Pattern AND = Pattern.compile(" +and +");

  /** A comparison. */
  public enum Operator {
    EQ("=="), NE("!="), GE(">="), LE("<="), GT(">"), LT("<"), IN("in"), NOT_IN("not in"), MATCHES("~"),
    NOT_MATCHES("!~");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** @return the operator as written, for example {@code >=} */
    public String symbol() {
      return symbol;
    }

    /** @return whether the operator orders numbers */
    public boolean ordering() {
      return this == GE || this == LE || this == GT || this == LT;
    }

    /** @return the operator that holds exactly when this one does not */
    public Operator negated() {
      return switch (this) {
        case EQ -> NE;
        case NE -> EQ;
        case GE -> LT;
        case LT -> GE;
        case LE -> GT;
        case GT -> LE;
        case IN -> NOT_IN;
        case NOT_IN -> IN;
        case MATCHES -> NOT_MATCHES;
        case NOT_MATCHES -> MATCHES;
      };
    }
  }

  /**
   * One test of a condition.
   *
   * @param operator the comparison
   * @param value the value compared with, as written
   * @param number the value as a number (sizes in bytes), or null when it is not one
   * @param values the list of {@code in} and {@code not in}; empty otherwise
   * @param regex the compiled expression of {@code ~} and {@code !~}; null otherwise
   */
  public record Test(Operator operator, String value, BigDecimal number, List<String> values, Pattern regex) {
    public Test {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
      values = values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public String toString() {
      return operator.symbol() + " " + value;
    }
  }

  public RuleCondition {
    Objects.requireNonNull(fact, "fact");
    tests = List.copyOf(tests);
  }

  /**
   * @param fact the fact's name
   * @param text the condition as written, for example {@code >= 500GB}
   * @return the condition
   * @throws IllegalArgumentException naming what is wrong
   */
  public static RuleCondition parse(String fact, String text) {
    List<String> problems = new ArrayList<>();
    RuleCondition c = parse(fact, text, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0));
    }
    return c;
  }

  /** @return why the condition text is malformed, or null when it is well-formed */
  static String problem(String text) {
    List<String> problems = new ArrayList<>();
    parse("", text, problems);
    return problems.isEmpty() ? null : problems.get(0);
  }

  private static RuleCondition parse(String fact, String text, List<String> problems) {
    String control = ControlCharacters.problem(text);
    if (control != null) {
      problems.add(control);
      return null;
    }
    String t = spaces(text);
    String qualifier = null;
    Matcher q = QUALIFIER.matcher(t);
    if (q.matches() && q.group(2) != null && startsWithOperator(q.group(2)) && !q.group(1).equals("in")
        && !q.group(1).equals("not")) {
      qualifier = q.group(1);
      t = q.group(2);
    } else if (q.matches() && q.group(2) == null && fact.equals("disk")) {
      return new RuleCondition(fact, t, List.of());
    }
    List<Test> tests = new ArrayList<>();
    String rest = t;
    while (problems.isEmpty()) {
      if (rest.startsWith("~") || rest.startsWith("!~")) {
        tests.add(regex(text, rest, problems));
        break;
      }
      Matcher and = AND.matcher(rest);
      String part = and.find() ? rest.substring(0, and.start()) : rest;
      tests.add(test(text, spaces(part), problems));
      if (part.length() == rest.length()) {
        break;
      }
      rest = spaces(rest.substring(and.end()));
    }
    return problems.isEmpty() ? new RuleCondition(fact, qualifier, tests) : null;
  }

  private static boolean startsWithOperator(String text) {
    return !text.isEmpty() && "<>=!~".indexOf(text.charAt(0)) >= 0 || text.startsWith("in ")
        || text.startsWith("not in ");
  }

  private static Test regex(String text, String part, List<String> problems) {
    boolean negated = part.startsWith("!~");
    String expression = spaces(part.substring(negated ? 2 : 1));
    if (expression.isEmpty()) {
      problems.add("'" + TextRule.shown(text) + "' has no regular expression after " + (negated ? "!~" : "~"));
      return null;
    }
    try {
      return new Test(negated ? Operator.NOT_MATCHES : Operator.MATCHES, expression, null, List.of(),
          Pattern.compile(expression));
    } catch (PatternSyntaxException e) {
      problems.add("'" + TextRule.shown(text) + "' has a regular expression Lab cannot read: "
          + e.getDescription() + " near index " + e.getIndex());
      return null;
    }
  }

  private static Test test(String text, String part, List<String> problems) {
    String shown = "'" + TextRule.shown(text) + "'";
    if (part.startsWith("in ") || part.startsWith("not in ") || part.equals("in") || part.equals("not in")) {
      boolean not = part.startsWith("not");
      String list = spaces(part.substring(not ? 6 : 2));
      List<String> values = Arrays.stream(list.split(",", -1)).map(RuleCondition::spaces).toList();
      if (list.isEmpty() || values.stream().anyMatch(v -> !v.matches(PLAIN) || v.contains(","))) {
        problems.add(shown + " needs a list of plain values after " + (not ? "not in" : "in")
            + ", separated by commas, such as 'in ovh, hetzner'");
        return null;
      }
      return new Test(not ? Operator.NOT_IN : Operator.IN, String.join(", ", values), null, values, null);
    }
    Operator op = Operator.EQ;
    String value = part;
    for (Operator o : List.of(Operator.GE, Operator.LE, Operator.EQ, Operator.NE, Operator.GT, Operator.LT)) {
      if (part.startsWith(o.symbol())) {
        op = o;
        value = spaces(part.substring(o.symbol().length()));
        break;
      }
    }
    if (value.equals(part) && !part.isEmpty() && "<>=!".indexOf(part.charAt(0)) >= 0) {
      problems.add(shown + " does not start with an operator Lab knows: use >=, <=, >, <, ==, !=, in, not in, ~ or !~");
      return null;
    }
    if (value.isEmpty()) {
      problems.add(shown + " has no value to compare with");
      return null;
    }
    BigDecimal n = number(value).orElse(null);
    if (op.ordering() && n == null) {
      problems.add(shown + " compares with " + op.symbol() + ", which needs a number such as 40, 500GB or 2TiB");
      return null;
    }
    if (!value.matches(PLAIN)) {
      problems.add(shown + " is not a plain value: use letters, digits, single spaces and . _ : / @ + , ( ) -");
      return null;
    }
    return new Test(op, value, n, List.of(), null);
  }

  /** @return the text without leading and trailing spaces (only spaces) */
  private static String spaces(String text) {
    return text.replaceAll("^ +| +$", "");
  }

  /**
   * @param value a number, optionally with a size unit
   * @return the number, sizes in bytes, when it is one
   */
  public static Optional<BigDecimal> number(String value) {
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

  /**
   * @param value a number as written, optionally with a unit
   * @return the unit as written ({@code GB}, {@code TiB}, {@code G}), or empty for a plain number
   */
  public static String unit(String value) {
    Matcher m = NUMBER.matcher(value);
    return m.matches() ? value.substring(m.end(1)).strip() : "";
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(fact);
    if (qualifier != null) {
      b.append(' ').append(qualifier);
    }
    for (int i = 0; i < tests.size(); i++) {
      b.append(i == 0 ? " " : " and ").append(tests.get(i));
    }
    return b.toString();
  }
}
