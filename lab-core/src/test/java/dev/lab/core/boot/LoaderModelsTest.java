package dev.lab.core.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.KernelArg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The models of the loaders' and the kernel's parsers, checked against behaviour read in their
 * sources, so that the round-trip tests rest on faithful models.
 */
class LoaderModelsTest {
  @Test
  void kernelSplitsAtBlanksOutsideQuotesAndStripsOnlyOpeningAndClosingQuotes() {
    assertThat(KernelParser.parse("  a=b \"c=d e\" f=\"g h\" i\tj=  ")).containsExactly(KernelArg.of("a", "b"),
        KernelArg.of("c", "d e"), KernelArg.of("f", "g h"), KernelArg.flag("i"), KernelArg.of("j", ""));
    assertThat(KernelParser.parse("k=a\"b c\"d")).containsExactly(KernelArg.of("k", "a\"b c\"d"));
    assertThat(KernelParser.parse("k=\"open rest")).containsExactly(KernelArg.of("k", "open rest"));
    assertThat(KernelParser.parse("\"flag\" =x")).containsExactly(KernelArg.flag("flag"), KernelArg.flag("=x"));
    assertThat(KernelParser.parse("a -- b=c")).containsExactly(KernelArg.flag("a"));
    // U+00E0 is C3 A0 in UTF-8: the kernel reads 0xA0 as a blank.
    assertThat(KernelParser.parse("k=\u00e0")).hasSize(1).first().isNotEqualTo(KernelArg.of("k", "\u00e0"));
    assertThat(KernelParser.parse("k=\"\u00e0\"")).containsExactly(KernelArg.of("k", "\u00e0"));
  }

  @Test
  void ipxeSplitsWordsEndsCommandsAndExpandsSettings() {
    List<IpxeShell.Command> commands = IpxeShell.commands(
        "#!ipxe\n:start\n  kernel u a=\"b c\" ; echo ${x}${y} || echo ${x${y}} \\\ncontinued\r\necho a#x y #x z\n",
        Map.of("x", "1", "y", "2", "x2", "inner"));
    assertThat(commands.stream().map(IpxeShell.Command::argv)).containsExactly(List.of("kernel", "u", "a=\"b", "c\""),
        List.of("echo", "12"), List.of("echo", "inner", "continued"), List.of("echo", "a#x", "y"));
    IpxeShell.Image image = IpxeShell.image(IpxeShell.commands("kernel --name n --autofree http://h/k  a   b").get(0));
    assertThat(image).isEqualTo(new IpxeShell.Image("n", "http://h/k", "a b"));
    assertThat(IpxeShell.expand("a${b", Map.of())).isEqualTo("a${b");
    assertThat(IpxeShell.expand("$${x}{y}", Map.of("y", "Y"))).isEqualTo("Y");
  }

  @Test
  void ipxeMultibootCutsCommandLinesAt512BytesTogether() {
    IpxeShell.Image big = new IpxeShell.Image("k", "u", "x".repeat(400));
    List<String> lines = IpxeShell.multibootCommandLines(List.of(big, big));
    assertThat(lines.get(0)).hasSize(402);
    assertThat(lines.get(1)).hasSize(512 - 403 - 1);
  }

  @Test
  void grubQuotesEscapesAndRefusesWhatWouldMakeMoreThanOneCommand() {
    assertThat(GrubShell.command("linux 'a;b' c\\;d \"e ${v}\\$\" f'g h'i # comment", Map.of("v", "V")))
        .containsExactly("linux", "a;b", "c;d", "e V$", "fg hi");
    assertThat(GrubShell.command("x 'it'\\''s'", Map.of())).containsExactly("x", "it's");
    assertThatThrownBy(() -> GrubShell.command("linux a;b", Map.of())).hasMessageContaining("';'");
    assertThatThrownBy(() -> GrubShell.command("linux a}", Map.of())).hasMessageContaining("'}'");
    assertThatThrownBy(() -> GrubShell.command("linux $x", Map.of())).hasMessageContaining("unquoted variable");
    assertThatThrownBy(() -> GrubShell.command("linux a*", Map.of())).hasMessageContaining("glob");
  }

  @Test
  void grubQuotesArgumentsWithSpacesAndBackslashesQuotesForTheKernel() {
    List<String> args = List.of("a=b c", "it's", "q\"", "back\\slash", "hex\\x41");
    assertThat(GrubShell.loaderCommandLine(args, false))
        .isEqualTo("\"a=b c\" it\\'s q\\\" back\\\\slash hex\\\\x41");
    assertThat(GrubShell.loaderCommandLine(args, true))
        .isEqualTo("\"a=b c\" it\\'s q\\\" back\\\\slash hex\\x41");
  }

  @Test
  void pxelinuxReadsLabelsAppendsAndTheFirstInitrdAnywhere() {
    PxelinuxConfig config = PxelinuxConfig.parse("# c\nDEFAULT l\nlabel l\n  Linux http://h/k\n"
        + "  APPEND x=1 y=initrd=a,b  initrd=c\r\nlabel m\n  com32 mboot.c32\n  append k a  b --- m c\n");
    PxelinuxConfig.LinuxBoot boot = PxelinuxConfig.linux(config.defaultLabel());
    assertThat(boot.commandLine()).isEqualTo("BOOT_IMAGE=http://h/k x=1 y=initrd=a,b  initrd=c");
    assertThat(boot.initrds()).containsExactly("a", "b");
    assertThat(PxelinuxConfig.mboot(config.labels().get("m"))).containsExactly(
        new PxelinuxConfig.Module("k", "k a b"), new PxelinuxConfig.Module("m", "m c"));
  }

  @Test
  void pxelinuxReadsAnOverlongLineAsSeveral() {
    String config = "DEFAULT l\nLABEL l\n  LINUX k\n  APPEND " + "x".repeat(4095 - 9) + "LOCALBOOT 0\n";
    assertThat(PxelinuxConfig.parse(config).defaultLabel().type()).isEqualTo("localboot");
  }
}
