package dev.lab.core.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.InstallerException;
import dev.lab.api.Templates;
import dev.lab.core.render.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code ipxe}, {@code grub} and {@code pxelinux} template output formats: every interpolation is
 * one word of the loader's script, read back as exactly the value, or refused.
 */
class LoaderWordsTest {
  private final Templates templates = new TemplateEngine(null).forNamespace("boot-test", getClass().getClassLoader());

  private String render(String template, String value) {
    return templates.render(template, Map.of("value", value));
  }

  @Test
  void ipxeAndGrubTemplatesInterpolateWithSquareBracketsAndKeepDollarBraces() {
    assertThat(render("ipxe/word.ipxe.ftl", "a")).isEqualTo("echo a ${mac}\n");
    assertThat(render("grub/word.cfg.ftl", "a")).isEqualTo("echo a ${net_default_mac}\n");
    assertThat(render("pxelinux/word.cfg.ftl", "a")).isEqualTo("  APPEND a\n");
  }

  @Test
  void ipxeRefusesWhatItWouldNotReadAsOneLiteralWord() {
    assertThat(render("ipxe/word.ipxe.ftl", "a;b&&c#d")).isEqualTo("echo a;b&&c#d ${mac}\n");
    for (String[] c : new String[][] {
        {"a b", "it contains a blank, which separates words"},
        {"${x}", "iPXE expands '${...}' and has no way to escape it"},
        {"a${b}c", "iPXE expands '${...}' and has no way to escape it"},
        {"#x", "a word starting with '#' starts an iPXE comment"},
        {"||", "'||' alone ends an iPXE command"},
        {";", "';' alone ends an iPXE command"},
        {":x", "a word starting with ':' is a label"},
        {"x\\", "a trailing '\\' joins the next line"},
        {"", "it is empty"},
        {"a\nb", "it contains the control character U+000A"}}) {
      assertThatThrownBy(() -> render("ipxe/word.ipxe.ftl", c[0])).isInstanceOf(InstallerException.class)
          .hasMessageEndingWith("as one iPXE word: " + c[1]);
    }
  }

  @Test
  void grubQuotesInSingleQuotes() {
    assertThat(render("grub/word.cfg.ftl", "a;b $x")).isEqualTo("echo 'a;b $x' ${net_default_mac}\n");
    assertThat(render("grub/word.cfg.ftl", "it's")).isEqualTo("echo 'it'\\''s' ${net_default_mac}\n");
    assertThat(render("grub/word.cfg.ftl", "")).isEqualTo("echo '' ${net_default_mac}\n");
    assertThat(render("grub/word.cfg.ftl", "(http,h:80)/a")).isEqualTo("echo (http,h:80)/a ${net_default_mac}\n");
    assertThatThrownBy(() -> render("grub/word.cfg.ftl", "a\nb"))
        .hasMessageEndingWith("as one GRUB word: it contains the control character U+000A");
  }

  @Test
  void pxelinuxRefusesBlanksAndNonAscii() {
    assertThatThrownBy(() -> render("pxelinux/word.cfg.ftl", "a b"))
        .hasMessageEndingWith("cannot write 'a b' as one pxelinux word: it contains a space");
    assertThatThrownBy(() -> render("pxelinux/word.cfg.ftl", "\u00e9"))
        .hasMessageEndingWith("it contains '\u00e9' (U+00E9) (pxelinux takes printable ASCII only)");
  }

  @Test
  void hostileWordsAreReadBackExactlyOrRefused() {
    Random random = new Random(0x1AB5EED);
    int ipxe = 0;
    int grub = 0;
    int pxelinux = 0;
    for (int i = 0; i < 500; i++) {
      String value = KernelArgsRoundTripTest.hostileValue(random);
      try {
        String line = render("ipxe/word.ipxe.ftl", value);
        assertThat(IpxeShell.commands(line, Map.of("mac", "M")))
            .containsExactly(new IpxeShell.Command(List.of("echo", value, "M")));
        ipxe++;
      } catch (InstallerException refused) {
        assertThat(refused.getMessage()).contains("as one iPXE word");
      }
      try {
        String line = render("grub/word.cfg.ftl", value).replace(" ${net_default_mac}", "");
        assertThat(GrubShell.command(line.strip(), Map.of())).containsExactly("echo", value);
        grub++;
      } catch (InstallerException refused) {
        assertThat(refused.getMessage()).contains("as one GRUB word");
      }
      try {
        String line = render("pxelinux/word.cfg.ftl", value);
        assertThat(line).isEqualTo("  APPEND " + value + "\n");
        assertThat(value).doesNotContainPattern("[\\x00-\\x20\\x7f-\\x{10ffff}]");
        pxelinux++;
      } catch (InstallerException refused) {
        assertThat(refused.getMessage()).contains("as one pxelinux word");
      }
    }
    assertThat(List.of(ipxe, grub, pxelinux)).allSatisfy(n -> assertThat(n).isBetween(50, 499));
  }
}
