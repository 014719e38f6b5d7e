package dev.lab.core.facts;

/**
 * One thing wrong with posted facts.
 *
 * @param property where, for example {@code disks[1].sizeBytes}; empty for the whole document
 * @param message what is wrong, in words a user can act on
 */
public record FactProblem(String property, String message) {
  @Override
  public String toString() {
    return property.isEmpty() ? message : property + ": " + message;
  }
}
