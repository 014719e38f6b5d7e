package dev.lab.core.plugin;

import java.util.List;
import java.util.Objects;

/**
 * No single installer plugin serves a request: none does, the image names one that is not loaded or
 * cannot serve it, or several do and the image does not say which. The message lists every
 * candidate and why each was refused (or, when ambiguous, every plugin that matched).
 */
public final class PluginSelectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Candidate> candidates;

  PluginSelectionException(String message, List<Candidate> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** @return each plugin considered, with why it was refused or that it matched */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * One plugin considered for a request.
   *
   * @param plugin the plugin's name
   * @param verdict why it was refused, or {@code matches} when it could serve the request
   */
  public record Candidate(String plugin, String verdict) {
    public Candidate {
      Objects.requireNonNull(plugin, "plugin");
      Objects.requireNonNull(verdict, "verdict");
    }

    @Override
    public String toString() {
      return plugin + ": " + verdict;
    }
  }
}
