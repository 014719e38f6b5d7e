package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.time.Duration;

/**
 * Lifetimes of an onboarding's tokens.
 *
 * @param fileTtl how long the token that unlocks a machine's answer files and progress endpoints lives
 * @param enrollmentTtl how long the one-time enrollment token lives
 */
@Doc("Lifetimes of onboarding tokens, written like 30m, 24h or 7d.")
public record TokenSettings(
    @Doc(value = "Lifetime of the token that unlocks a machine's files.", defaultValue = "24h") Duration fileTtl,
    @Doc(value = "Lifetime of the one-time enrollment token.", defaultValue = "24h") Duration enrollmentTtl) {

  public TokenSettings {
    fileTtl = fileTtl == null ? Duration.ofHours(24) : fileTtl;
    enrollmentTtl = enrollmentTtl == null ? Duration.ofHours(24) : enrollmentTtl;
  }
}
