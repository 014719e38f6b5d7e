package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.state.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {
  private static final String TOKEN = Tokens.generate();

  @ParameterizedTest
  @ValueSource(strings = {"/t/%s/user-data", "/t/%s/events", "/t/%s", "/t/%s/", "//t/%s/done", "/x/t/%s/ks.cfg",
      "/artifacts/%s", "/%s/user-data", "url=http://lab.example:8080/t/%s/preseed.cfg is too long",
      "'http://h/x?token=%s'", "%s"})
  void masksTheToken(String template) {
    String masked = Secrets.mask(template.formatted(TOKEN));
    assertThat(masked).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void masksAShortTokenOnTheTokenRoute() {
    assertThat(Secrets.mask("/t/abc/user-data")).isEqualTo("/t/***/user-data");
  }

  @Test
  void keepsOtherText() {
    assertThat(Secrets.mask("/artifacts/debian-12/x86_64/linux")).isEqualTo("/artifacts/debian-12/x86_64/linux");
    assertThat(Secrets.mask("/pxelinux.cfg/01-52-54-00-12-34-56")).isEqualTo("/pxelinux.cfg/01-52-54-00-12-34-56");
    assertThat(Secrets.mask("the kernel command line is longer than 4096 bytes"))
        .isEqualTo("the kernel command line is longer than 4096 bytes");
  }

  @Test
  void describesAnExceptionWithItsCauseMasked() {
    Exception e = new IllegalStateException("cannot write " + TOKEN,
        new IllegalArgumentException("url /t/" + TOKEN + "/ks.cfg"));
    String text = Secrets.describe(e);
    assertThat(text).doesNotContain(TOKEN)
        .contains("java.lang.IllegalStateException: cannot write ***")
        .contains("caused by: java.lang.IllegalArgumentException: url /t/***/ks.cfg")
        .contains("at dev.lab.server.SecretsTest");
  }
}
