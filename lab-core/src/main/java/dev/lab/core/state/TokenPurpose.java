package dev.lab.core.state;

import java.util.Locale;

/** What a token unlocks; a token serves exactly one purpose. */
public enum TokenPurpose {
  /** The onboarding's files and progress endpoints, until the install is done. */
  FILES,
  /** One enrollment: the CSR challengePassword, consumed once. */
  ENROLLMENT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
