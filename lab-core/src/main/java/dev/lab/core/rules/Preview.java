package dev.lab.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every known machine × every rule: whether it matches, with each condition's verdict; and every
 * machine that two rules of equal priority both match (a tie, never resolved silently).
 */
public final class Preview {
  private Preview() {}

  /**
   * One rule on one machine.
   *
   * @param rule the rule's name
   * @param priority its priority
   * @param matches whether every condition holds
   * @param verdicts each condition's verdict, in the order written
   */
  public record RuleResult(String rule, int priority, boolean matches, List<Verdict> verdicts) {}

  /**
   * Every rule on one machine.
   *
   * @param machine the machine's name
   * @param kind inventory or discovered
   * @param rules each rule's result, in the order rules are tried
   * @param tie the tie among its matching rules, or null
   */
  public record MachineResult(String machine, String kind, List<RuleResult> rules, Tie tie) {}

  /**
   * Rules of equal priority that all match one machine.
   *
   * @param machine the machine's name
   * @param priority the rules' priority
   * @param rules their names, in file order
   */
  public record Tie(String machine, int priority, List<String> rules) {
    @Override
    public String toString() {
      return machine + ": " + String.join(", ", rules) + " (priority " + priority + ") all match";
    }
  }

  /**
   * Evaluates every rule on every machine, handing each machine's results on as they are made (so
   * a large inventory is never held in memory at once).
   */
  public static void run(RuleBook book, Iterable<Machine> machines, Consumer<MachineResult> sink) {
    for (Machine m : machines) {
      sink.accept(of(book, m));
    }
  }

  /** @return every rule's result on one machine */
  public static MachineResult of(RuleBook book, Machine m) {
    List<RuleResult> results = new ArrayList<>(book.entries().size());
    for (RuleBook.Entry e : book.entries()) {
      List<Verdict> verdicts = e.verdicts(m);
      boolean matches = verdicts.stream().allMatch(Verdict::holds);
      results.add(new RuleResult(e.rule().name(), e.rule().priority(), matches, verdicts));
    }
    return new MachineResult(m.name(), m.kind().id(), List.copyOf(results), tie(m.name(), results));
  }

  /** @return the first (highest) priority at which two or more matching rules tie, or null */
  private static Tie tie(String machine, List<RuleResult> results) {
    for (int i = 0; i < results.size(); i++) {
      RuleResult r = results.get(i);
      if (!r.matches()) {
        continue;
      }
      List<String> same = new ArrayList<>();
      same.add(r.rule());
      for (int j = i + 1; j < results.size() && results.get(j).priority() == r.priority(); j++) {
        if (results.get(j).matches()) {
          same.add(results.get(j).rule());
        }
      }
      if (same.size() > 1) {
        return new Tie(machine, r.priority(), List.copyOf(same));
      }
    }
    return null;
  }

  /** @return the ties among the machines, in machine order */
  public static List<Tie> ties(RuleBook book, Iterable<Machine> machines) {
    List<Tie> ties = new ArrayList<>();
    for (Machine m : machines) {
      List<RuleResult> results = new ArrayList<>();
      for (RuleBook.Entry e : book.entries()) {
        results.add(new RuleResult(e.rule().name(), e.rule().priority(), e.matches(m), List.of()));
      }
      Tie t = tie(m.name(), results);
      if (t != null) {
        ties.add(t);
      }
    }
    return ties;
  }
}
