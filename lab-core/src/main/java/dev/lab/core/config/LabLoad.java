package dev.lab.core.config;

import java.util.List;

/**
 * The result of loading a lab directory.
 *
 * @param lab the lab, or null when it is not usable (it has problems)
 * @param problems every problem found, ordered by file, line and property; empty when {@code lab}
 *     is set
 */
public record LabLoad(Lab lab, List<Diagnostic> problems) {
  public LabLoad {
    problems = problems == null ? List.of() : List.copyOf(problems);
    if (lab == null && problems.isEmpty()) {
      throw new IllegalArgumentException("a lab that could not be loaded has problems");
    }
  }

  /** @return whether the lab loaded without problems */
  public boolean ok() {
    return lab != null && problems.isEmpty();
  }
}
