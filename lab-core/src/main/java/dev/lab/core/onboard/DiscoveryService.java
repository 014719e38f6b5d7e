package dev.lab.core.onboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.model.Server;
import dev.lab.core.LabException;
import dev.lab.core.config.Diagnostic;
import dev.lab.core.config.Lab;
import dev.lab.core.config.ServerNames;
import dev.lab.core.config.UnknownMachines;
import dev.lab.core.facts.Facts;
import dev.lab.core.rules.ApplyPlanner;
import dev.lab.core.rules.Decision;
import dev.lab.core.rules.Machine;
import dev.lab.core.rules.RuleBook;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.DiscoveryState;
import dev.lab.core.state.DiscoveryStore;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.core.state.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Discovery and the auto-onboard rules: takes the facts a discovery agent posts, answers its polls,
 * and applies the rules to pending (discovered, not onboarded) machines — as a dry run, or for real,
 * onboarding each machine once even with several Lab servers on one database.
 */
public final class DiscoveryService {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lab lab;
  private final StateStore store;
  private final DiscoveryStore discovery;
  private final OnboardingService onboarding;
  private final RuleBook rules;
  private final Clock clock;
  private final String publicUrl;

  /**
   * @param publicUrl the base URL machines reach Lab at
   */
  public DiscoveryService(Lab lab, StateStore store, OnboardingService onboarding, Clock clock, String publicUrl) {
    this.lab = lab;
    this.store = store;
    this.discovery = store.discovery();
    this.onboarding = onboarding;
    this.rules = RuleBook.of(lab);
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /**
   * What Lab answers a discovery post.
   *
   * @param state the machine's state
   * @param name its name in Lab
   * @param poll the URL its agent polls for an approval
   */
  public record Reported(String state, String name, String poll) {}

  /**
   * What Lab answers a poll.
   *
   * @param state discovered, claimed or approved
   * @param plan the deploy plan's URL once approved; null otherwise, or when the onboarding has no plan
   *     (the machine then reboots into its network install)
   */
  public record PollAnswer(String state, String plan) {}

  /**
   * Records the facts a discovery agent posted (already validated), and applies the rules to the
   * machine when {@code rules.autoApply} is on.
   *
   * @throws DiscoveryRefused when discovery is off or the MAC belongs to an inventory server
   */
  public Reported report(Facts facts) {
    if (lab.config().boot().unknownMachines() != UnknownMachines.DISCOVER) {
      throw new DiscoveryRefused("discovery is off: set boot.unknownMachines to discover in lab.yaml");
    }
    Optional<Server> inventory = lab.servers().values().stream()
        .filter(s -> s.nics().stream().anyMatch(n -> n.mac().equalsIgnoreCase(facts.mac()))).findFirst();
    if (inventory.isPresent()) {
      throw new DiscoveryRefused(facts.mac() + " is server " + inventory.get().name()
          + " of the inventory: it is onboarded with lab onboard, not discovered");
    }
    Instant now = clock.instant();
    String token = Tokens.generate();
    DiscoveredMachine m = discovery.report(facts, Tokens.hash(token), now);
    record(now, m.name(), m.onboardingId(), "discovered", summary(facts), Map.of("mac", facts.mac()));
    if (lab.config().rules().autoApply() && m.state() == DiscoveryState.DISCOVERED) {
      apply(List.of(m), false);
      m = discovery.byMac(facts.mac()).orElse(m);
    }
    return new Reported(m.state().id(), m.name(), publicUrl + "discover/poll/" + token);
  }

  /** @return the answer to a poll, when the token is one Lab gave */
  public Optional<PollAnswer> poll(String token) {
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    return discovery.poll(Tokens.hash(token), clock.instant())
        .map(m -> new PollAnswer(m.state().id(), m.state() == DiscoveryState.APPROVED ? m.planUrl() : null));
  }

  /** @return whether a machine was discovered under this name */
  public boolean isDiscovered(String name) {
    return discovery.byName(name).isPresent();
  }

  /** @return every discovered machine, first seen first */
  public List<DiscoveredMachine> machines() {
    return discovery.all();
  }

  /** @return every discovered machine as the rules see it */
  public List<Machine> ruleMachines() {
    return discovery.all().stream().map(m -> Machine.of(m.name(), m.facts(), m.labels())).toList();
  }

  /**
   * Applies the rules to every pending machine, first seen first.
   *
   * @param dryRun whether to write nothing (then the decisions are what an apply would do)
   * @return one decision per pending machine
   */
  public List<Decision> apply(boolean dryRun) {
    return apply(discovery.all().stream().filter(m -> m.state() == DiscoveryState.DISCOVERED).toList(), dryRun);
  }

  private List<Decision> apply(List<DiscoveredMachine> pending, boolean dryRun) {
    Set<String> taken = new HashSet<>(lab.servers().keySet());
    discovery.all().forEach(m -> taken.add(m.name()));
    pending.forEach(m -> taken.remove(m.name()));
    ApplyPlanner planner = new ApplyPlanner(rules, discovery.ruleCounts(), taken);
    List<Decision> plan = planner.plan(pending.stream().map(m -> Machine.of(m.name(), m.facts(), m.labels())).toList());
    if (dryRun) {
      return plan;
    }
    List<Decision> done = new ArrayList<>(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      Decision d = plan.get(i);
      done.add(d.outcome() == Decision.Outcome.ONBOARD ? onboard(pending.get(i), d) : d);
    }
    return done;
  }

  private Decision onboard(DiscoveredMachine m, Decision d) {
    Integer limit = rules.entry(d.rule()).orElseThrow().rule().limit();
    Instant now = clock.instant();
    DiscoveryStore.ClaimResult claim = discovery.claim(m.mac(), d.rule(), limit, d.name(), d.labels(), now);
    if (claim != DiscoveryStore.ClaimResult.CLAIMED) {
      return skipped(d, switch (claim) {
        case LIMIT_REACHED -> "rule " + d.rule() + " reached its limit meanwhile (another Lab server applied it)";
        case NAME_TAKEN -> "the name " + d.name() + " was taken meanwhile: run lab rules apply again";
        default -> "it is no longer pending (another apply took it)";
      });
    }
    Server server = DiscoveredServers.of(d.name(), m.facts(), d.profile(), d.labels());
    Approval approval;
    try {
      approval = onboarding.approve(server, false);
    } catch (LabException e) {
      discovery.release(m.mac(), clock.instant());
      String why = String.join("; ", e.problems().stream().map(p -> p.message()).toList());
      record(clock.instant(), m.name(), null, "rule-failed", "rule " + d.rule() + " could not onboard it: " + why,
          Map.of("rule", d.rule()));
      return new Decision(d.machine(), d.mac(), Decision.Outcome.FAILED, d.rule(), d.profile(), d.labels(), d.name(),
          "could not be onboarded: " + why);
    }
    boolean hasPlan = approval.render().files().stream().anyMatch(f -> f.name().equals("plan.json"));
    String planUrl = hasPlan ? approval.render().config().urls().files() + "plan.json" : null;
    discovery.approved(m.mac(), approval.onboarding().id(), planUrl, clock.instant());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rule", d.rule());
    data.put("mac", m.mac());
    data.put("discoveredAs", m.name());
    record(clock.instant(), d.name(), approval.onboarding().id(), "rule-applied", "rule " + d.rule()
        + " onboards it with profile " + d.profile() + ", labels [" + String.join(", ", d.labels()) + "]"
        + (d.name().equals(m.name()) ? "" : " (discovered as " + m.name() + ")"), data);
    return d;
  }

  /**
   * An operator onboards a pending discovered machine (what a rule would do, by hand): it is claimed
   * once — with several Lab servers on one database only one approval wins —, becomes a server with
   * the profile, its facts and DHCP on the NIC it booted from, and its timeline records the
   * operator's approval. Its polling agent then gets the plan (rootfs) or its next network boot
   * the install.
   *
   * @param discovered the discovered machine's name ({@code mac-…})
   * @param profile the profile
   * @param name the name it is onboarded under; null keeps its name
   * @param dryRun whether to validate and render only
   * @throws LabException for an unknown or not pending machine, a taken or malformed name, or a
   *     profile that cannot install it
   */
  public Approval approve(String discovered, String profile, String name, boolean dryRun) {
    DiscoveredMachine m = discovery.byName(discovered).orElseThrow(() -> refused("server",
        "no discovered machine named '" + discovered + "'"));
    if (m.state() != DiscoveryState.DISCOVERED) {
      throw refused("server", m.name() + " is " + m.state().id() + (m.rule() != null ? " by rule " + m.rule() : "")
          + ", not pending: it was onboarded already");
    }
    if (profile == null) {
      throw refused("profile", "a discovered machine has no profile yet: name one with --profile");
    }
    String target = name == null ? m.name() : name;
    ServerNames.problem(target).ifPresent(problem -> {
      throw refused("name", problem);
    });
    if (!target.equals(m.name()) && (lab.server(target).isPresent() || discovery.byName(target).isPresent())) {
      throw refused("name", "the name " + target + " is taken by another server or discovered machine");
    }
    Server server = DiscoveredServers.of(target, m.facts(), profile, m.labels());
    if (dryRun) {
      return onboarding.approve(server, true);
    }
    DiscoveryStore.ClaimResult claim = discovery.claim(m.mac(), null, null, target, m.labels(), clock.instant());
    if (claim != DiscoveryStore.ClaimResult.CLAIMED) {
      throw refused("server", claim == DiscoveryStore.ClaimResult.NAME_TAKEN
          ? "the name " + target + " was taken meanwhile" : m.name() + " is no longer pending (it was onboarded meanwhile)");
    }
    Approval approval;
    try {
      approval = onboarding.approve(server, false);
    } catch (LabException e) {
      discovery.release(m.mac(), clock.instant());
      throw e;
    }
    boolean hasPlan = approval.render().files().stream().anyMatch(f -> f.name().equals("plan.json"));
    discovery.approved(m.mac(), approval.onboarding().id(),
        hasPlan ? approval.render().config().urls().files() + "plan.json" : null, clock.instant());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mac", m.mac());
    data.put("discoveredAs", m.name());
    record(clock.instant(), target, approval.onboarding().id(), "operator-approved", "an operator onboards it with"
        + " profile " + profile + (target.equals(m.name()) ? "" : " (discovered as " + m.name() + ")"), data);
    return approval;
  }

  private static LabException refused(String property, String message) {
    return new LabException(new Diagnostic("state/", 0, property, message));
  }

  private static Decision skipped(Decision d, String reason) {
    return new Decision(d.machine(), d.mac(), Decision.Outcome.SKIPPED, d.rule(), null, List.of(), null, reason);
  }

  private void record(Instant at, String server, String onboardingId, String type, String message,
      Map<String, ?> data) {
    try {
      store.record(new TimelineEvent(at, server, onboardingId, "discovery", type, message,
          JSON.writeValueAsString(data)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static String summary(Facts f) {
    StringBuilder b = new StringBuilder("facts from ").append(f.mac()).append(": ").append(f.architecture())
        .append(' ').append(f.firmware());
    if (f.cpu() != null && f.cpu().cores() != null) {
      b.append(", ").append(f.cpu().cores()).append(" cores");
    }
    if (f.memoryBytes() != null) {
      b.append(", ").append(f.memoryBytes() >> 20).append(" MiB memory");
    }
    b.append(", ").append(f.disks().size()).append(" disks, ").append(f.nics().size()).append(" NICs");
    if (f.dmi() != null && f.dmi().serial() != null) {
      b.append(", serial ").append(f.dmi().serial());
    }
    return b.toString();
  }
}
