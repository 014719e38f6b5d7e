package dev.lab.core.boot;

import static dev.lab.core.boot.BootFixtures.GRUB_EFI;
import static dev.lab.core.boot.BootFixtures.LINUX;
import static dev.lab.core.boot.BootFixtures.MULTIBOOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Templates;
import dev.lab.api.model.Firmware;
import dev.lab.core.render.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in boot-chain template rendered for Linux and multiboot specs, BIOS and UEFI. */
class BootScriptsTest {
  private static final String IPXE_URL = "http://lab.example:8080/boot/ipxe";
  private static final String GRUB_URL = "http://lab.example:8080/boot/grub";

  private static final Map<String, Function<BootScripts, String>> CASES = new LinkedHashMap<>();

  static {
    CASES.put("ipxe-bootstrap.ipxe", s -> s.ipxeBootstrap(IPXE_URL));
    CASES.put("ipxe-linux-bios.ipxe", s -> s.ipxeInstall(LINUX, Firmware.BIOS, null));
    CASES.put("ipxe-linux-uefi.ipxe", s -> s.ipxeInstall(LINUX, Firmware.UEFI, null));
    CASES.put("ipxe-multiboot-bios.ipxe", s -> s.ipxeInstall(MULTIBOOT, Firmware.BIOS, GRUB_EFI));
    CASES.put("ipxe-multiboot-uefi.ipxe", s -> s.ipxeInstall(MULTIBOOT, Firmware.UEFI, GRUB_EFI));
    CASES.put("ipxe-local-bios.ipxe", s -> s.ipxeLocalBoot(Firmware.BIOS));
    CASES.put("ipxe-local-uefi.ipxe", s -> s.ipxeLocalBoot(Firmware.UEFI));
    CASES.put("grub-chain.cfg", s -> s.grubChain(GRUB_URL));
    CASES.put("grub-linux-bios.cfg", s -> s.grubInstall(LINUX, Firmware.BIOS));
    CASES.put("grub-linux-uefi.cfg", s -> s.grubInstall(LINUX, Firmware.UEFI));
    CASES.put("grub-multiboot-bios.cfg", s -> s.grubInstall(MULTIBOOT, Firmware.BIOS));
    CASES.put("grub-multiboot-uefi.cfg", s -> s.grubInstall(MULTIBOOT, Firmware.UEFI));
    CASES.put("grub-local-bios.cfg", s -> s.grubLocalBoot(Firmware.BIOS));
    CASES.put("grub-local-uefi.cfg", s -> s.grubLocalBoot(Firmware.UEFI));
    CASES.put("pxelinux-linux-bios.cfg", s -> s.pxelinuxInstall(LINUX, Firmware.BIOS));
    CASES.put("pxelinux-multiboot-bios.cfg", s -> s.pxelinuxInstall(MULTIBOOT, Firmware.BIOS));
    CASES.put("pxelinux-local-bios.cfg", s -> s.pxelinuxLocalBoot(Firmware.BIOS));
    CASES.put("describe-linux.txt", s -> BootScripts.describe(LINUX));
    CASES.put("describe-multiboot.txt", s -> BootScripts.describe(MULTIBOOT));
  }

  private final BootScripts scripts = new BootScripts(new TemplateEngine(null));

  static Stream<String> cases() {
    return CASES.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersExactlyTheGoldenFile(String caseName) {
    GoldenText.assertMatches(caseName, CASES.get(caseName).apply(scripts));
  }

  @Test
  void everyGoldenFileHasACase() {
    GoldenText.assertNoUnpaired(CASES.keySet());
  }

  @Test
  void everyBuiltInBootTemplateIsRenderedByACase() {
    Templates core = new TemplateEngine(null).forNamespace(TemplateEngine.CORE, BootScripts.class.getClassLoader());
    Set<String> rendered = new TreeSet<>();
    BootScripts recording = new BootScripts((name, model) -> {
      rendered.add(name);
      return core.render(name, model);
    });
    CASES.values().forEach(c -> c.apply(recording));
    Set<String> builtIn = new TreeSet<>(TemplateEngine.bundledTemplates(TemplateEngine.CORE,
        BootScripts.class.getClassLoader()));
    builtIn.removeIf(name -> name.startsWith("shared/"));
    assertThat(rendered).isEqualTo(builtIn);
  }

  @Test
  void pxelinuxRefusesUefi() {
    assertThatThrownBy(() -> scripts.pxelinuxInstall(LINUX, Firmware.UEFI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pxelinux boots legacy BIOS machines only: a uefi machine network-boots with iPXE or GRUB");
    assertThatThrownBy(() -> scripts.pxelinuxInstall(MULTIBOOT, Firmware.UEFI))
        .hasMessageStartingWith("pxelinux boots legacy BIOS machines only");
    assertThatThrownBy(() -> scripts.pxelinuxLocalBoot(Firmware.UEFI))
        .hasMessageStartingWith("pxelinux boots legacy BIOS machines only");
  }

  @Test
  void multibootUnderUefiNeedsTheGrubImage() {
    assertThatThrownBy(() -> scripts.ipxeInstall(MULTIBOOT, Firmware.UEFI, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("iPXE cannot load a multiboot kernel under UEFI and chains to GRUB instead: configure the"
            + " URL of a GRUB EFI image");
    assertThat(scripts.ipxeInstall(MULTIBOOT, Firmware.BIOS, null)).contains("module --name install.img");
  }

  @Test
  void pxelinuxConfigPathIsTheMacWithDashesAfterTheArpType() {
    assertThat(BootScripts.pxelinuxConfigPath("52:54:00:AB:cd:0F")).isEqualTo("pxelinux.cfg/01-52-54-00-ab-cd-0f");
    assertThat(BootScripts.pxelinuxConfigPath("52-54-00-ab-cd-0f")).isEqualTo("pxelinux.cfg/01-52-54-00-ab-cd-0f");
    assertThatThrownBy(() -> BootScripts.pxelinuxConfigPath("52:54:00:ab:cd"))
        .hasMessage("'52:54:00:ab:cd' is not a MAC address: write six hex pairs separated by ':' or '-'");
    assertThatThrownBy(() -> BootScripts.pxelinuxConfigPath("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labDirectoryOverridesABootTemplateFileByFile(@TempDir Path lab) throws Exception {
    Path dir = Files.createDirectories(lab.resolve("templates/core/ipxe"));
    Files.writeString(dir.resolve("local.ipxe.ftl"), "<#ftl output_format=\"ipxe\">\n#!ipxe\n"
        + "echo site local boot on [=firmware] ${mac}\nexit\n");
    BootScripts overridden = new BootScripts(new TemplateEngine(lab.resolve("templates")));
    assertThat(overridden.ipxeLocalBoot(Firmware.UEFI)).isEqualTo("#!ipxe\necho site local boot on uefi ${mac}\nexit\n");
    assertThat(overridden.grubLocalBoot(Firmware.UEFI)).isEqualTo(scripts.grubLocalBoot(Firmware.UEFI));
  }

  @Test
  void bootstrapChainsBackWithTheMachineFacts() {
    String script = scripts.ipxeBootstrap(IPXE_URL + "?site=paris");
    Map<String, String> settings = Map.of("mac", "52:54:00:12:34:56",
        "uuid", "6a1b2c3d-0000-4000-8000-000000000001", "buildarch", "x86_64", "platform", "efi",
        "serial:uristring", "SN%20123", "manufacturer:uristring", "QEMU", "product:uristring", "Standard%20PC");
    var chain = IpxeShell.commands(script, settings).stream().filter(c -> c.name().equals("chain")).findFirst()
        .orElseThrow();
    assertThat(IpxeShell.image(chain).uri()).isEqualTo(IPXE_URL + "?site=paris&mac=52:54:00:12:34:56"
        + "&uuid=6a1b2c3d-0000-4000-8000-000000000001&buildarch=x86_64&platform=efi&serial=SN%20123"
        + "&manufacturer=QEMU&product=Standard%20PC");
    assertThat(script.lines().filter(l -> l.startsWith("chain")).findFirst().orElseThrow()).endsWith("|| goto retry");
    assertThat(IpxeShell.commands(script).stream().map(IpxeShell.Command::name))
        .containsSubsequence("chain", "goto", "exit");
  }

  @Test
  void grubChainLoadsTheConfigOfThisMac() {
    String config = scripts.grubChain(GRUB_URL);
    Map<String, String> env = new LinkedHashMap<>(Map.of("net_default_mac", "52:54:00:12:34:56",
        "grub_platform", "efi", "grub_cpu", "x86_64"));
    String set = config.lines().filter(l -> l.startsWith("set lab_chain=")).findFirst().orElseThrow();
    String assignment = GrubShell.command(set, env).get(1);
    env.put("lab_chain", assignment.substring("lab_chain=".length()));
    String load = config.lines().filter(l -> l.startsWith("configfile ")).findFirst().orElseThrow();
    assertThat(GrubShell.command(load, env)).containsExactly("configfile",
        "(http,lab.example:8080)/boot/grub?mac=52:54:00:12:34:56&platform=efi&arch=x86_64");
  }

  @Test
  void urlsALoaderCannotFetchAreRefused() {
    assertThatThrownBy(() -> scripts.grubChain("https://lab.example/boot/grub"))
        .hasMessage("the per-machine URL 'https://lab.example/boot/grub' must be an absolute http, tftp URL with"
            + " a host: GRUB fetches nothing else");
    assertThatThrownBy(() -> scripts.ipxeBootstrap("http://lab.example/${x}/ipxe"))
        .hasMessageStartingWith("the per-machine URL 'http://lab.example/${x}/ipxe' is not a valid URL");
    assertThatThrownBy(() -> scripts.ipxeInstall(BootFixtures.MULTIBOOT, Firmware.UEFI, "http://lab.example/grub.efi#x"))
        .hasMessage("the GRUB EFI image URL 'http://lab.example/grub.efi#x' cannot carry user info or a fragment"
            + " to iPXE");
    assertThatThrownBy(() -> scripts.ipxeBootstrap("http://lab.example/a b"))
        .hasMessage("the per-machine URL 'http://lab.example/a b' contains a space: write it percent-encoded");
    assertThatThrownBy(() -> scripts.ipxeBootstrap("/boot/ipxe"))
        .hasMessageStartingWith("the per-machine URL '/boot/ipxe' must be an absolute");
  }
}
