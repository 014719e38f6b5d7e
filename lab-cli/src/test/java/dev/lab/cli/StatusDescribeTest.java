package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.state.TimelineEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How {@code lab status SERVER} shows one timeline entry's message with its timing. */
class StatusDescribeTest {
  private static TimelineEvent event(String message, String data) {
    return new TimelineEvent(Instant.parse("2026-11-22T12:00:00Z"), "vm1", "o1", "progress", "action-finished",
        message, data);
  }

  @Test
  void anActionShowsItsSeconds() {
    assertThat(StatusCommand.describe(event("partition", "{\"action\":\"partition\",\"type\":\"partition\",\"seconds\":5.37}")))
        .isEqualTo("partition (5.37 s)");
  }

  @Test
  void aStreamShowsItsSizeAndRate() {
    assertThat(StatusCommand.describe(event("stream-rootfs", "{\"action\":\"stream-rootfs\",\"type\":\"stream-archive\","
        + "\"seconds\":52.3,\"bytes\":188812767,\"bytesPerSecond\":3652084}")))
        .isEqualTo("stream-rootfs (52.30 s, 188.8 MB at 3.7 MB/s)");
  }

  @Test
  void entriesWithoutTimingsOrWithOddDataShowTheMessageOnly() {
    assertThat(StatusCommand.describe(event("boot", null))).isEqualTo("boot");
    assertThat(StatusCommand.describe(event("boot", "{\"mac\":\"52:54:00:00:00:01\"}"))).isEqualTo("boot");
    assertThat(StatusCommand.describe(event("x", "{\"seconds\":\"soon\"}"))).isEqualTo("x");
    assertThat(StatusCommand.describe(event("x", "{\"seconds\": not json"))).isEqualTo("x");
    assertThat(StatusCommand.describe(event(null, "{\"seconds\":1}"))).isEqualTo("(1.00 s)");
  }

  @Test
  void aTokenInAMessageStaysMasked() {
    String token = "A".repeat(43);
    assertThat(StatusCommand.describe(event("GET /t/" + token + "/plan", "{\"seconds\":0.5}")))
        .doesNotContain(token).endsWith("(0.50 s)");
  }
}
