package dev.lab.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out what applying the rules does to pending machines, in order, without writing anything.
 * Each machine gets the highest-priority matching rule that has not reached its limit; limits count
 * machines the rule onboarded before. When two or more such rules share that priority the machine
 * is left alone and the tie reported. A rule's host-name pattern numbers machines from the rule's
 * count onwards, skipping names already taken.
 */
public final class ApplyPlanner {
  private static final int MAX_NAME_TRIES = 100_000;

  private final RuleBook book;
  private final Map<String, Integer> counts;
  private final Set<String> taken;

  /**
   * @param book the rules
   * @param applied how many machines each rule onboarded before, by rule name
   * @param takenNames names machines already have (inventory servers and discovered machines)
   */
  public ApplyPlanner(RuleBook book, Map<String, Integer> applied, Set<String> takenNames) {
    this.book = book;
    this.counts = new HashMap<>(applied);
    this.taken = new HashSet<>(takenNames);
  }

  /**
   * @param pending discovered machines not yet onboarded, in the order they are handled (first seen
   *     first)
   * @return one decision per machine, in the same order
   */
  public List<Decision> plan(List<Machine> pending) {
    List<Decision> out = new ArrayList<>(pending.size());
    for (Machine m : pending) {
      out.add(decide(m));
    }
    return out;
  }

  private Decision decide(Machine m) {
    String mac = m.facts().get("mac");
    List<RuleBook.Entry> entries = book.entries();
    List<String> exhausted = new ArrayList<>();
    int i = 0;
    while (i < entries.size()) {
      int priority = entries.get(i).rule().priority();
      List<RuleBook.Entry> available = new ArrayList<>();
      for (; i < entries.size() && entries.get(i).rule().priority() == priority; i++) {
        RuleBook.Entry e = entries.get(i);
        if (e.matches(m)) {
          if (e.rule().limit() != null && counts.getOrDefault(e.rule().name(), 0) >= e.rule().limit()) {
            exhausted.add(e.rule().name() + " (limit " + e.rule().limit() + ")");
          } else {
            available.add(e);
          }
        }
      }
      if (available.size() > 1) {
        return new Decision(m.name(), mac, Decision.Outcome.TIE, null, null, List.of(), null,
            "rules " + String.join(", ", available.stream().map(e -> e.rule().name()).toList())
                + " all match with priority " + priority + ": give one a higher priority");
      }
      if (available.size() == 1) {
        return onboard(m, mac, available.get(0));
      }
    }
    if (!exhausted.isEmpty()) {
      return new Decision(m.name(), mac, Decision.Outcome.LIMIT_REACHED, null, null, List.of(), null,
          "matching rules reached their limits: " + String.join(", ", exhausted));
    }
    return new Decision(m.name(), mac, Decision.Outcome.NO_MATCH, null, null, List.of(), null, "no rule matches");
  }

  private Decision onboard(Machine m, String mac, RuleBook.Entry e) {
    int count = counts.merge(e.rule().name(), 1, Integer::sum);
    String name = m.name();
    if (e.rule().action().hostnamePattern() != null) {
      for (int n = count, tries = 0; ; n++, tries++) {
        if (tries > MAX_NAME_TRIES) {
          throw new IllegalStateException("no free name for pattern " + e.rule().action().hostnamePattern());
        }
        String candidate = e.rule().action().hostname(n, mac);
        if (!taken.contains(candidate)) {
          name = candidate;
          break;
        }
      }
    }
    taken.add(name);
    return new Decision(m.name(), mac, Decision.Outcome.ONBOARD, e.rule().name(), e.profile(),
        e.rule().action().labels(), name, "rule " + e.rule().name() + " (priority " + e.rule().priority()
            + ") matches: profile " + e.profile());
  }
}
