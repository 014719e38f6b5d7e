package dev.lab.api;

import java.util.List;

/**
 * Thrown when a plugin is asked to render a configuration it cannot serve. The host always calls
 * {@link InstallerPlugin#validate} first, so a plugin throws this only for what validation missed;
 * it carries the same kind of {@link Problem}s.
 */
public class UnsupportedConfigException extends InstallerException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public UnsupportedConfigException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public UnsupportedConfigException(Problem problem) {
    this(List.of(problem));
  }

  /** @return the problems, at least one */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an UnsupportedConfigException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(p);
    }
    return sb.toString();
  }
}
