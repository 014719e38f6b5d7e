package dev.lab.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.config.Rule;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules engine over a generated fleet of 10,000 machines and 50 rules (the seed's two verbatim):
 * golden previews and apply plans, limits, priorities and ties checked against an independent
 * evaluation.
 */
class RulesEngineTest {
  @TempDir
  static Path dir;
  static Fleet fleet;
  static RuleBook book;

  @BeforeAll
  static void generate() throws Exception {
    fleet = Fleet.generate(dir.resolve("lab"), 20_261_122L);
    book = RuleBook.of(fleet.lab());
  }

  @AfterAll
  static void noUnpairedGoldenFiles() throws Exception {
    RulesGolden.assertNoUnpaired(Set.of("preview-40.txt", "preview-5.json", "dry-run-2000.txt", "dry-run-5.json",
        "summary.txt"));
  }

  @Test
  void theFleetHasFiftyRulesTheSeedsTwoVerbatimAndTenThousandMachines() {
    assertThat(book.entries()).hasSize(Fleet.RULES);
    assertThat(fleet.machines()).hasSize(Fleet.MACHINES);
    Rule large = book.entry("large-compute-to-xcpng").orElseThrow().rule();
    assertThat(large.conditions()).containsExactly(Map.entry("cores", ">= 40"), Map.entry("memory", ">= 500GB"),
        Map.entry("provider", "ovh"));
    assertThat(large.action().image()).isEqualTo("xcpng-8.3");
    assertThat(large.action().labels()).containsExactly("xen-host", "production");
    Rule arm = book.entry("arm-to-ubuntu").orElseThrow().rule();
    assertThat(arm.conditions()).containsExactly(Map.entry("arch", "aarch64"));
    assertThat(book.entry("arm-to-ubuntu").orElseThrow().profile()).isEqualTo("k8s-worker");
  }

  @Test
  void previewOfTheFirst40MachinesAsText() {
    StringWriter out = new StringWriter();
    RulesReport.previewText(book, fleet.machines().subList(0, 40), out);
    RulesGolden.assertMatches("preview-40.txt", out.toString());
  }

  @Test
  void previewOfFiveMachinesAsJson() {
    StringWriter out = new StringWriter();
    RulesReport.previewJson(book, fleet.machines().subList(0, 5), out);
    RulesGolden.assertMatches("preview-5.json", out.toString());
  }

  @Test
  void dryRunOfTheFirst2000PendingMachines() {
    StringWriter out = new StringWriter();
    List<Decision> plan = new ApplyPlanner(book, Map.of(), Set.of()).plan(fleet.pending().subList(0, 2000));
    RulesReport.decisionsText("dry run: nothing is written", plan, out);
    RulesGolden.assertMatches("dry-run-2000.txt", out.toString());
    StringWriter json = new StringWriter();
    RulesReport.decisionsJson(true, plan.subList(0, 5), json);
    RulesGolden.assertMatches("dry-run-5.json", json.toString());
  }

  @Test
  void summaryOverTheWholeFleet() {
    StringBuilder b = new StringBuilder();
    int[] matches = new int[1];
    List<Preview.Tie> ties = new ArrayList<>();
    Preview.run(book, fleet.machines(), r -> {
      matches[0] += (int) r.rules().stream().filter(Preview.RuleResult::matches).count();
      if (r.tie() != null) {
        ties.add(r.tie());
      }
    });
    b.append("preview: ").append(Fleet.MACHINES).append(" machines x ").append(Fleet.RULES).append(" rules, ")
        .append(matches[0]).append(" matches, ").append(ties.size()).append(" ties\n");
    assertThat(Preview.ties(book, fleet.machines())).isEqualTo(ties);
    List<Decision> plan = new ApplyPlanner(book, Map.of(), Set.of()).plan(fleet.pending());
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> perRule = new TreeMap<>();
    for (Decision d : plan) {
      outcomes.merge(d.outcome().id(), 1, Integer::sum);
      if (d.rule() != null) {
        perRule.merge(d.rule(), 1, Integer::sum);
      }
    }
    b.append("dry run over ").append(plan.size()).append(" pending: ").append(outcomes).append('\n');
    perRule.forEach((rule, n) -> b.append("  ").append(rule).append(' ').append(n).append('\n'));
    RulesGolden.assertMatches("summary.txt", b.toString());
  }

  @Test
  void limitsAreHonouredCountingMachinesOnboardedBefore() {
    Map<String, Integer> before = new HashMap<>();
    for (RuleBook.Entry e : book.entries()) {
      if (e.rule().limit() != null) {
        before.put(e.rule().name(), e.rule().limit() / 2);
      }
    }
    List<Decision> plan = new ApplyPlanner(book, before, Set.of()).plan(fleet.pending());
    Map<String, Integer> onboarded = new HashMap<>();
    plan.stream().filter(d -> d.rule() != null).forEach(d -> onboarded.merge(d.rule(), 1, Integer::sum));
    assertThat(before).isNotEmpty();
    for (RuleBook.Entry e : book.entries()) {
      if (e.rule().limit() != null) {
        assertThat(onboarded.getOrDefault(e.rule().name(), 0) + before.get(e.rule().name()))
            .as(e.rule().name()).isLessThanOrEqualTo(e.rule().limit());
      }
    }
    assertThat(book.entries()).as("some rule reaches its limit exactly").anyMatch(e -> e.rule().limit() != null
        && onboarded.getOrDefault(e.rule().name(), 0) + before.get(e.rule().name()) == e.rule().limit());
  }

  @Test
  void eachMachineGetsTheHighestPriorityRuleStillAvailableAndTiesAreLeftAlone() {
    Map<String, Integer> counts = new HashMap<>();
    List<Machine> pending = fleet.pending();
    List<Decision> plan = new ApplyPlanner(book, Map.of(), Set.of()).plan(pending);
    for (int i = 0; i < plan.size(); i++) {
      Decision d = plan.get(i);
      Machine m = pending.get(i);
      List<RuleBook.Entry> available = book.entries().stream().filter(e -> e.matches(m))
          .filter(e -> e.rule().limit() == null || counts.getOrDefault(e.rule().name(), 0) < e.rule().limit()).toList();
      switch (d.outcome()) {
        case NO_MATCH -> assertThat(book.entries()).noneMatch(e -> e.matches(m));
        case LIMIT_REACHED -> assertThat(available).isEmpty();
        case TIE -> assertThat(available.stream().filter(e -> e.rule().priority() == available.get(0).rule().priority()))
            .hasSizeGreaterThan(1);
        case ONBOARD -> {
          assertThat(available.get(0).rule().name()).isEqualTo(d.rule());
          assertThat(available).filteredOn(e -> e.rule().priority() == available.get(0).rule().priority()).hasSize(1);
          counts.merge(d.rule(), 1, Integer::sum);
        }
      }
    }
    assertThat(plan).extracting(Decision::outcome)
        .contains(Decision.Outcome.ONBOARD, Decision.Outcome.TIE, Decision.Outcome.NO_MATCH);
  }

  @Test
  void namesFromPatternsAreUniqueAndSkipTakenNames() {
    RuleBook.Entry patterned = book.entries().stream().filter(e -> e.rule().action().hostnamePattern() != null)
        .findFirst().orElseThrow();
    String first = patterned.rule().action().hostname(1, "52:54:00:00:00:00");
    List<Decision> plan = new ApplyPlanner(book, Map.of(), Set.of(first)).plan(fleet.pending());
    List<String> names = plan.stream().filter(d -> d.name() != null).map(Decision::name).toList();
    assertThat(names).doesNotHaveDuplicates().doesNotContain(first);
  }
}
