package dev.lab.core.rules;

import dev.lab.core.config.RuleCondition;
import dev.lab.core.config.RuleCondition.Operator;
import dev.lab.core.config.RuleCondition.Test;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates one rule condition on one machine and says why, in the terms the rule was written in
 * ({@code memory 68.7GB < 500GB}). A fact the machine does not have fails every test.
 */
public final class ConditionEvaluator {
  private static final Pattern SPEED = Pattern.compile("(\\d+(?:\\.\\d+)?) *([KMGT])?.*", Pattern.CASE_INSENSITIVE);

  private ConditionEvaluator() {}

  /** @return the verdict of the condition on the machine */
  public static Verdict evaluate(RuleCondition c, Machine m) {
    return switch (c.fact()) {
      case "label" -> label(c, m);
      case "disk" -> disk(c, m);
      case "nic" -> nic(c, m);
      default -> scalar(c, m);
    };
  }

  /** @return whether the condition holds on the machine, without saying why (the fast path) */
  public static boolean holds(RuleCondition c, Machine m) {
    return switch (c.fact()) {
      case "label", "disk", "nic" -> evaluate(c, m).holds();
      default -> {
        String value = m.facts().get(c.fact());
        if (value == null) {
          yield false;
        }
        BigDecimal number = m.numbers().get(c.fact());
        for (Test t : c.tests()) {
          if (!holds(t, value, number)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  private static Verdict scalar(RuleCondition c, Machine m) {
    String value = m.facts().get(c.fact());
    if (value == null) {
      return new Verdict(c.fact(), null, false, c.fact() + " unknown");
    }
    Optional<BigDecimal> number = Optional.ofNullable(m.numbers().get(c.fact()));
    for (Test t : c.tests()) {
      if (!holds(t, value, number.orElse(null))) {
        return new Verdict(c.fact(), value, false, c.fact() + " " + shown(value, number.orElse(null), t) + " "
            + t.operator().negated().symbol() + " " + t.value());
      }
    }
    Test first = c.tests().get(0);
    return new Verdict(c.fact(), value, true, c.fact() + " " + shown(value, number.orElse(null), first) + " "
        + String.join(" and ", c.tests().stream().map(Test::toString).toList()));
  }

  /** @return whether one test holds for a text value (and its number, when it is one) */
  static boolean holds(Test t, String value, BigDecimal number) {
    return switch (t.operator()) {
      case EQ -> equal(t.value(), t.number(), value, number);
      case NE -> !equal(t.value(), t.number(), value, number);
      case IN -> t.values().stream().anyMatch(v -> equal(v, RuleCondition.number(v).orElse(null), value, number));
      case NOT_IN -> t.values().stream().noneMatch(v -> equal(v, RuleCondition.number(v).orElse(null), value, number));
      case MATCHES -> t.regex().matcher(value).find();
      case NOT_MATCHES -> !t.regex().matcher(value).find();
      case GE -> number != null && number.compareTo(t.number()) >= 0;
      case GT -> number != null && number.compareTo(t.number()) > 0;
      case LE -> number != null && number.compareTo(t.number()) <= 0;
      case LT -> number != null && number.compareTo(t.number()) < 0;
    };
  }

  private static boolean equal(String expected, BigDecimal expectedNumber, String value, BigDecimal number) {
    return expectedNumber != null && number != null ? expectedNumber.compareTo(number) == 0 : expected.equals(value);
  }

  /** @return the value in the unit of the test's value, so the two read alike */
  private static String shown(String value, BigDecimal number, Test t) {
    if (number == null) {
      return value.contains(" ") ? "'" + value + "'" : value;
    }
    String unit = t.number() == null ? "" : RuleCondition.unit(t.value());
    if (unit.isEmpty() || RuleCondition.unit(value).equals(unit)) {
      return value;
    }
    BigDecimal per = RuleCondition.number("1" + unit).orElseThrow();
    return number.divide(per, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unit;
  }

  private static Verdict label(RuleCondition c, Machine m) {
    String labels = "labels [" + String.join(", ", m.labels()) + "]";
    for (Test t : c.tests()) {
      boolean holds = switch (t.operator()) {
        case EQ -> m.labels().contains(t.value());
        case NE -> !m.labels().contains(t.value());
        case IN -> t.values().stream().anyMatch(m.labels()::contains);
        case NOT_IN -> t.values().stream().noneMatch(m.labels()::contains);
        case MATCHES -> m.labels().stream().anyMatch(l -> t.regex().matcher(l).find());
        case NOT_MATCHES -> m.labels().stream().noneMatch(l -> t.regex().matcher(l).find());
        default -> false;
      };
      if (!holds) {
        return new Verdict("label", String.join(",", m.labels()), false, labels + " " + labelWords(t, false));
      }
    }
    return new Verdict("label", String.join(",", m.labels()), true,
        labels + " " + String.join(" and ", c.tests().stream().map(t -> labelWords(t, true)).toList()));
  }

  private static String labelWords(Test t, boolean holds) {
    boolean positive = t.operator() == Operator.EQ || t.operator() == Operator.IN || t.operator() == Operator.MATCHES;
    String what = switch (t.operator()) {
      case IN, NOT_IN -> "one of " + t.value();
      case MATCHES, NOT_MATCHES -> "a label matching " + t.value();
      default -> t.value();
    };
    return (positive == holds ? "include " : "lack ") + what;
  }

  private static Verdict disk(RuleCondition c, Machine m) {
    String wanted = (c.qualifier() == null ? "" : c.qualifier() + " ")
        + String.join(" and ", c.tests().stream().map(Test::toString).toList());
    for (Machine.Disk d : m.disks()) {
      if ((c.qualifier() == null || c.qualifier().equals(d.type()))
          && c.tests().stream().allMatch(t -> holds(t, Long.toString(d.sizeBytes()), BigDecimal.valueOf(d.sizeBytes())))) {
        String size = c.tests().isEmpty() ? "" : " " + shown(Long.toString(d.sizeBytes()),
            BigDecimal.valueOf(d.sizeBytes()), c.tests().get(0));
        return new Verdict("disk", d.name(), true, "disk " + d.name() + " " + d.type() + size
            + (c.tests().isEmpty() ? "" : " " + String.join(" and ", c.tests().stream().map(Test::toString).toList())));
      }
    }
    return new Verdict("disk", null, false, m.disks().isEmpty() ? "disk unknown (no disks known)"
        : "disk: none of " + m.disks().size() + " disk" + (m.disks().size() == 1 ? "" : "s") + " is " + wanted.strip());
  }

  private static Verdict nic(RuleCondition c, Machine m) {
    String wanted = String.join(" and ", c.tests().stream().map(Test::toString).toList());
    List<Machine.NicSpeed> known = m.nics().stream().filter(n -> n.speedMbps() != null).toList();
    for (Machine.NicSpeed n : known) {
      BigDecimal speed = BigDecimal.valueOf(n.speedMbps());
      if (c.tests().stream().allMatch(t -> holdsSpeed(t, speed))) {
        return new Verdict("nic", n.name(), true, "nic " + n.name() + " " + speedShown(n.speedMbps(), c.tests().get(0))
            + " " + wanted);
      }
    }
    return new Verdict("nic", null, false, known.isEmpty() ? "nic unknown (no NIC speeds known)"
        : "nic: none of " + known.size() + " NIC" + (known.size() == 1 ? "" : "s") + " is " + wanted);
  }

  private static boolean holdsSpeed(Test t, BigDecimal speedMbps) {
    BigDecimal wanted = mbps(t.value());
    Test inMbps = new Test(t.operator(), wanted.toPlainString(), wanted, List.of(), null);
    return holds(inMbps, speedMbps.toPlainString(), speedMbps);
  }

  /** @return a speed as written ({@code 25G}, {@code 100M}, {@code 1000}) in Mbit/s */
  static BigDecimal mbps(String value) {
    Matcher m = SPEED.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a speed such as 25G");
    }
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "M" : m.group(2).toUpperCase(Locale.ROOT);
    return switch (unit) {
      case "K" -> n.movePointLeft(3);
      case "G" -> n.movePointRight(3);
      case "T" -> n.movePointRight(6);
      default -> n;
    };
  }

  private static String speedShown(long speedMbps, Test t) {
    Matcher m = SPEED.matcher(t.value());
    String unit = m.matches() && m.group(2) != null ? m.group(2).toUpperCase(Locale.ROOT) : "";
    if (unit.isEmpty()) {
      return Long.toString(speedMbps);
    }
    BigDecimal per = mbps("1" + unit);
    return BigDecimal.valueOf(speedMbps).divide(per, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unit;
  }
}
