package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostnamePatternTest {
  @Test
  void expandsPlaceholders() {
    RuleAction action = new RuleAction("web", null, List.of(), "xen{n:3}-{mac}");

    assertThat(action.hostname(7, "52:54:00:AB:cd:01")).isEqualTo("xen007-525400abcd01");
    assertThat(new RuleAction("web", null, List.of(), null).hostname(1, "52:54:00:00:00:01")).isNull();
    assertThat(HostnamePattern.expand("n{n}", 12, "")).isEqualTo("n12");
  }

  @Test
  void everyExpansionOfAValidPatternIsAHostName() {
    for (int n = 1; n < 100_000; n += 997) {
      assertThat(NetSyntax.HOST_NAME.problem(HostnamePattern.expand("rack1-node{n:4}", n, "52:54:00:00:00:01")))
          .isNull();
    }
  }
}
