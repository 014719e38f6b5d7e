package dev.lab.core.rules;

import dev.lab.core.config.Lab;
import dev.lab.core.config.Rule;
import dev.lab.core.config.RuleCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab's rules, parsed once, in the order they are tried: priority, highest first, then file
 * order.
 */
public final class RuleBook {
  private final List<Entry> entries;

  /**
   * One rule with its parsed conditions and the profile its action stands for.
   *
   * @param rule the rule
   * @param conditions its conditions, parsed, in the order written
   * @param profile the profile a matching machine is onboarded with
   */
  public record Entry(Rule rule, List<RuleCondition> conditions, String profile) {
    /** @return whether every condition holds on the machine (stops at the first that does not) */
    public boolean matches(Machine m) {
      for (RuleCondition c : conditions) {
        if (!ConditionEvaluator.holds(c, m)) {
          return false;
        }
      }
      return true;
    }

    /** @return every condition's verdict on the machine */
    public List<Verdict> verdicts(Machine m) {
      List<Verdict> out = new ArrayList<>(conditions.size());
      for (RuleCondition c : conditions) {
        out.add(ConditionEvaluator.evaluate(c, m));
      }
      return out;
    }
  }

  /** @param entries the rules in the order they are tried */
  public RuleBook(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** @return the lab's rules, parsed */
  public static RuleBook of(Lab lab) {
    return new RuleBook(lab.rules().stream()
        .map(r -> new Entry(r, r.parsedConditions(), lab.profileFor(r).name())).toList());
  }

  /** @return the rules in the order they are tried */
  public List<Entry> entries() {
    return entries;
  }

  /** @return the rule with this name */
  public java.util.Optional<Entry> entry(String name) {
    return entries.stream().filter(e -> e.rule().name().equals(name)).findFirst();
  }
}
