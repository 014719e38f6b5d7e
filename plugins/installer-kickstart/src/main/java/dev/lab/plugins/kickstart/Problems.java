package dev.lab.plugins.kickstart;

import dev.lab.api.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation run, in the order they are found. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  /** Records a problem with the property at {@code path}. */
  void add(String path, String message) {
    found.add(Problem.of(path, message));
  }

  /** Records a problem when {@code ok} is false; returns {@code ok}. */
  boolean require(boolean ok, String path, String message) {
    if (!ok) {
      add(path, message);
    }
    return ok;
  }

  List<Problem> list() {
    return List.copyOf(found);
  }
}
