package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.state.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogPathsTest {
  private static final String TOKEN = Tokens.generate();

  @ParameterizedTest
  @ValueSource(strings = {"/t/%s/user-data", "/t/%s/events", "/t/%s", "/t/%s/", "//t/%s/done", "/x/t/%s/ks.cfg",
      "/artifacts/%s", "/%s/user-data"})
  void masksTheToken(String template) {
    String masked = LogPaths.masked(template.formatted(TOKEN));
    assertThat(masked).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void masksAShortTokenOnTheTokenRoute() {
    assertThat(LogPaths.masked("/t/abc/user-data")).isEqualTo("/t/***/user-data");
  }

  @Test
  void keepsOtherPaths() {
    assertThat(LogPaths.masked("/artifacts/debian-12/x86_64/linux")).isEqualTo("/artifacts/debian-12/x86_64/linux");
    assertThat(LogPaths.masked("/pxelinux.cfg/01-52-54-00-12-34-56")).isEqualTo("/pxelinux.cfg/01-52-54-00-12-34-56");
  }
}
