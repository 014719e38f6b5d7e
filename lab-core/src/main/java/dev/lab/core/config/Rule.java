package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An auto-onboard rule of {@code rules.yaml}: machines whose facts meet every condition are
 * onboarded with the action's profile and labels. Rules are tried by priority, highest first; equal
 * priorities keep the file's order.
 *
 * @param name the rule's unique name
 * @param priority its priority; higher is tried first
 * @param limit how many machines it onboards at most; nullable for no limit
 * @param conditions fact name to condition text, all of which must hold
 * @param action what a matching machine gets
 */
@Doc("An auto-onboard rule: conditions over hardware facts and the action for matching machines.")
public record Rule(
    @Doc(value = "Unique rule name.", required = true, example = "arm-to-ubuntu") String name,
    @Doc(value = "Priority; rules with a higher priority are tried first.", defaultValue = "0") Integer priority,
    @Doc(value = "Most machines this rule onboards; unlimited when absent.", example = "10") Integer limit,
    @Doc(value = "Fact name to condition, all of which must hold. A condition is one or more tests joined by "
        + "'and': an optional operator (>=, <=, >, <, ==, !=) and a value, 'in A, B' or 'not in A, B', or "
        + "'~ REGEX' or '!~ REGEX' (last). Ordering operators take numbers with optional size units (GB "
        + "decimal, GiB binary). disk takes a leading disk type (nvme >= 1TB); nic compares speeds (>= 25G); "
        + "label: NAME holds when the machine has that label.", required = true,
        example = "{cores: '>= 40', memory: '>= 500GB', provider: ovh}") Map<String, String> conditions,
    @Doc(value = "What a matching machine gets.", required = true) RuleAction action) {

  public Rule {
    priority = priority == null ? 0 : priority;
    conditions = conditions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
  }

  /** @return the conditions, parsed, in the order written */
  public List<RuleCondition> parsedConditions() {
    List<RuleCondition> parsed = new ArrayList<>();
    conditions.forEach((fact, text) -> parsed.add(RuleCondition.parse(fact, text)));
    return List.copyOf(parsed);
  }
}
