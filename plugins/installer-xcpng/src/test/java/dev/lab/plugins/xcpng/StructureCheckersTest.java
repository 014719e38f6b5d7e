package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The injection test's structure checkers see what an injection would change, and only that. */
class StructureCheckersTest {
  private static void sameShell(String a, String b) {
    assertThat(ShellStructure.of(b)).as(b).isEqualTo(ShellStructure.of(a));
  }

  private static void differentShell(String a, String b) {
    assertThat(ShellStructure.of(b)).as(b).isNotEqualTo(ShellStructure.of(a));
  }

  @Test
  void quotedValuesKeepTheShellStructure() {
    sameShell("x=abc\necho \"$x\"\n", "x='a;b $(c) `d` | e'\"'\"'f'\necho \"$x\"\n");
    sameShell("cat <<'EOF'\nv: \"a\"\nEOF\n", "cat <<'EOF'\nv: \"a`b$(c)\"\nEOF\n");
  }

  @Test
  void injectionsChangeTheShellStructure() {
    differentShell("x=abc\n", "x=abc; reboot\n");
    differentShell("x=abc\n", "x=abc\nreboot\n");
    differentShell("x=abc\n", "x=a$(reboot)\n");
    differentShell("x=abc\n", "x=a`reboot`\n");
    differentShell("x=abc\n", "x=a > /etc/passwd\n");
    differentShell("x=abc\n", "x='abc\n");
    differentShell("echo \"abc\"\n", "echo \"a$(reboot)\"\n");
    differentShell("cat <<'EOF'\nv: a\nEOF\necho done\n", "cat <<'EOF'\nv: a\nEOF\nreboot\nEOF\necho done\n");
    differentShell("cat <<EOF\nv: a\nEOF\n", "cat <<EOF\nv: $(reboot)\nEOF\n");
  }

  @Test
  void xmlStructureIgnoresValuesOnly() {
    String a = "<a x=\"1\"><b>t</b></a>";
    assertThat(XmlStructure.of("<a x=\"&lt;b&gt;\"><b>&lt;c/&gt;</b></a>")).isEqualTo(XmlStructure.of(a));
    assertThat(XmlStructure.of("<a x=\"1\" y=\"2\"><b>t</b></a>")).isNotEqualTo(XmlStructure.of(a));
    assertThat(XmlStructure.of("<a x=\"1\"><b>t</b><c/></a>")).isNotEqualTo(XmlStructure.of(a));
    assertThat(XmlStructure.of("<a x=\"1\"><b>t<!--c--></b></a>")).isNotEqualTo(XmlStructure.of(a));
  }
}
