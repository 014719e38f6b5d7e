package dev.lab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {
  @Test
  void shellLeavesSafeWordsAndQuotesTheRest() {
    assertThat(Escape.shell("web01.lab.example")).isEqualTo("web01.lab.example");
    assertThat(Escape.shell("a b")).isEqualTo("'a b'");
    assertThat(Escape.shell("it's")).isEqualTo("'it'\"'\"'s'");
    assertThat(Escape.shell("$(reboot)")).isEqualTo("'$(reboot)'");
    assertThat(Escape.shell("")).isEqualTo("''");
  }

  @Test
  void yamlIsAlwaysADoubleQuotedScalar() {
    assertThat(Escape.yaml("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Escape.yaml("x\ny")).isEqualTo("\"x\\ny\"");
    assertThat(Escape.yaml("\u2028")).isEqualTo("\"\\u2028\"");
  }

  @Test
  void xmlEscapesMarkup() {
    assertThat(Escape.xml("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\u0085b", "a\u2028b", "a\u0000b", "a\u001bb"})
  void lineFormatsRefuseControlCharacters(String value) {
    assertThatThrownBy(() -> Escape.shell(value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Escape.preseed(value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Escape.kickstart(value)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Escape.xml(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void preseedRefusesEdgeBlanks() {
    assertThat(Escape.preseed("a b")).isEqualTo("a b");
    assertThatThrownBy(() -> Escape.preseed(" a")).isInstanceOf(IllegalArgumentException.class);
  }
}
