package dev.lab.core.config;

import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the entities of one kind, for reference checks. When the file listing them could
 * not be read, the names are incomplete and references to them are not checked: a broken
 * {@code images.yaml} is reported once, not once per profile that names an image.
 */
final class Names {
  private final Set<String> names = new TreeSet<>();
  private boolean complete = true;

  void add(String name) {
    names.add(name);
  }

  /** Marks the names as incomplete. */
  void incomplete() {
    complete = false;
  }

  /** @return whether a reference to {@code name} is known to be dangling */
  boolean missing(String name) {
    return complete && !names.contains(name);
  }

  /** @return the names, for suggestions */
  Set<String> all() {
    return names;
  }
}
