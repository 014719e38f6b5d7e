package dev.lab.core.config;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions for misspelt names. */
final class Suggest {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggest() {}

  /** @return the candidate closest to the word when it is close enough to be a likely typo, or null */
  static String closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    int limit = word.length() <= 2 ? 1 : 2 + word.length() / 8;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** @return {@code " (did you mean 'x'?)"} when a candidate is close, else empty */
  static String didYouMean(String word, Collection<String> candidates) {
    String close = closest(word, candidates);
    return close == null ? "" : " (did you mean '" + close + "'?)";
  }
}
