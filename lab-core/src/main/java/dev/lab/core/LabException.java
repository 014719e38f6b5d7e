package dev.lab.core;

import dev.lab.core.config.Diagnostic;
import java.util.List;

/**
 * The user's input cannot be used: carries every problem found, each naming its file, line and
 * property. Commands print the problems and exit non-zero; the server answers 4xx.
 */
public class LabException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> problems;

  public LabException(List<Diagnostic> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public LabException(Diagnostic problem) {
    this(List.of(problem));
  }

  /** @return the problems, at least one */
  public List<Diagnostic> problems() {
    return problems;
  }

  private static String summary(List<Diagnostic> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a LabException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(d);
    }
    return sb.toString();
  }
}
