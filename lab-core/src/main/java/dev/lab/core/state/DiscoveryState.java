package dev.lab.core.state;

import java.util.Locale;

/** Where a discovered machine stands. */
public enum DiscoveryState {
  /** It posted its facts and waits for an approval. */
  DISCOVERED,
  /** A rule is onboarding it (held while its onboarding is rendered and stored). */
  CLAIMED,
  /** It has an onboarding: its agent deploys it, or it reboots into its install. */
  APPROVED;

  /** @return the word stored and shown */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DiscoveryState of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
