package dev.lab.core.rules;

import java.util.List;

/**
 * What applying the rules does to one pending machine.
 *
 * @param machine the machine's current name
 * @param mac its boot MAC
 * @param outcome what happens
 * @param rule the rule that onboards it; null unless {@code outcome} is {@link Outcome#ONBOARD}
 * @param profile the profile it is onboarded with; null unless onboarded
 * @param labels the labels it gets; empty unless onboarded
 * @param name the name it gets; null unless onboarded
 * @param reason why, in words
 */
public record Decision(String machine, String mac, Outcome outcome, String rule, String profile,
    List<String> labels, String name, String reason) {

  /** What happens to a pending machine. */
  public enum Outcome {
    /** A rule onboards it. */
    ONBOARD,
    /** No rule matches: it stays discovered. */
    NO_MATCH,
    /** Every rule that matches has reached its limit: it stays discovered. */
    LIMIT_REACHED,
    /** Rules of equal priority match: it stays discovered until the rules are fixed. */
    TIE,
    /** A rule matched but its onboarding could not be made (a problem with the profile for it). */
    FAILED,
    /** Another apply (perhaps on another Lab server) took the machine, the rule's last slot or the name. */
    SKIPPED;

    /** @return the word shown to users */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public Decision {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }
}
