package dev.lab.core.facts;

import java.util.List;

/** Facts that cannot be accepted: malformed JSON or values that break a rule. */
public final class FactsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FactProblem> problems;

  /** @param problems every problem found, at least one */
  public FactsException(List<FactProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found */
  public List<FactProblem> problems() {
    return problems;
  }

  private static String summary(List<FactProblem> problems) {
    StringBuilder b = new StringBuilder("the facts are not valid: ");
    for (int i = 0; i < problems.size(); i++) {
      b.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    return b.toString();
  }
}
