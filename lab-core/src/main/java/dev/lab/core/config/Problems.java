package dev.lab.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem found while loading a lab directory. The same problem found twice (a
 * property a profile inherits is checked once per profile that inherits it) is kept once.
 */
final class Problems {
  private final Set<Diagnostic> found = new LinkedHashSet<>();

  void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  void add(Location at, String property, String message) {
    found.add(new Diagnostic(at.file(), at.line(), property, message));
  }

  /** @return how many distinct problems were found so far */
  int count() {
    return found.size();
  }

  /** @return the problems, ordered by file, line and property */
  List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(found);
    Collections.sort(list);
    return List.copyOf(list);
  }
}
