package dev.lab.core.state;

import dev.lab.core.facts.Facts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discovered machines in Lab's durable state. Like {@link StateStore}, every method is atomic and
 * safe from many threads and several Lab servers on one database: a machine is claimed by one rule
 * once, and a rule never onboards more machines than its limit.
 */
public interface DiscoveryStore {

  /**
   * Records a machine's facts: a new machine is stored as discovered under its default name; a known
   * one keeps its name and state and gets the new facts. Either way its poll token is replaced.
   *
   * @param pollTokenHash the hash of the fresh poll token the machine is given
   * @return the machine as stored now
   */
  DiscoveredMachine report(Facts facts, String pollTokenHash, Instant now);

  /** @return the machine that boots from this MAC */
  Optional<DiscoveredMachine> byMac(String mac);

  /** @return the machine with this name */
  Optional<DiscoveredMachine> byName(String name);

  /** @return the machine whose poll token has this hash; its last-seen time is updated */
  Optional<DiscoveredMachine> poll(String pollTokenHash, Instant now);

  /** @return every discovered machine, first seen first */
  List<DiscoveredMachine> all();

  /** @return how many machines each rule has onboarded (or is onboarding), by rule name */
  Map<String, Integer> ruleCounts();

  /**
   * Claims a discovered machine for a rule: succeeds only while the machine is discovered, the rule
   * is under its limit and the name is free.
   *
   * @param rule the rule; null for an operator's approval (no limit, no slot)
   * @param limit the rule's limit; null for none
   * @return how it went
   */
  ClaimResult claim(String mac, String rule, Integer limit, String name, List<String> labels, Instant now);

  /** Marks a claimed machine approved with its onboarding. */
  void approved(String mac, String onboardingId, String planUrl, Instant now);

  /** Gives a claim back (its onboarding could not be made): the machine is discovered again. */
  void release(String mac, Instant now);

  /** How a claim went. */
  enum ClaimResult {
    /** The machine is the rule's now. */
    CLAIMED,
    /** The machine is no longer discovered (another apply took it). */
    NOT_PENDING,
    /** The rule reached its limit. */
    LIMIT_REACHED,
    /** Another machine has the name. */
    NAME_TAKEN
  }
}
