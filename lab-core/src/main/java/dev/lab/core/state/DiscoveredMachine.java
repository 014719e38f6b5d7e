package dev.lab.core.state;

import dev.lab.core.facts.Facts;
import java.time.Instant;
import java.util.List;

/**
 * A machine outside the inventory that booted Lab's agent in discovery mode and posted its facts.
 *
 * @param mac the MAC it boots from, lowercase with colons
 * @param name its name in Lab: {@code mac-} and the MAC's twelve hex digits until a rule names it
 * @param state discovered, claimed (a rule is onboarding it) or approved
 * @param facts its latest facts
 * @param rule the rule that onboarded it; null while discovered
 * @param labels the labels the rule gave it
 * @param onboardingId its onboarding; null until approved
 * @param planUrl where its agent fetches the deploy plan; null until approved, or when the onboarding
 *     has no plan (the machine then reboots into its install)
 * @param firstSeen when it first posted facts
 * @param lastSeen when it last posted facts or polled
 */
public record DiscoveredMachine(String mac, String name, DiscoveryState state, Facts facts, String rule,
    List<String> labels, String onboardingId, String planUrl, Instant firstSeen, Instant lastSeen) {

  public DiscoveredMachine {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** @return the name a machine has until a rule names it: {@code mac-525400123456} */
  public static String defaultName(String mac) {
    return "mac-" + mac.replace(":", "");
  }
}
