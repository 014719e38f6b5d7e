package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.List;

/**
 * The body of {@code rules.yaml}.
 *
 * @param rules the auto-onboard rules, in file order
 */
@Doc("The auto-onboard rules.")
record RuleSet(@Doc(value = "Rules, tried by priority (highest first), then in file order.", required = true)
    List<Rule> rules) {
  RuleSet {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
