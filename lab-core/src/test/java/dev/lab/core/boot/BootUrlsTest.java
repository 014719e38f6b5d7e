package dev.lab.core.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.core.render.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** URLs with hostile parts reach each loader as exactly that URL, or are refused. */
class BootUrlsTest {
  private final BootScripts scripts = new BootScripts(new TemplateEngine(null));

  @Test
  void hostileUrlsArriveIntactOrAreRefused() {
    Random random = new Random(0x1AB5EED);
    int carried = 0;
    for (int i = 0; i < 300; i++) {
      String part = KernelArgsRoundTripTest.hostileValue(random);
      String url = "http://lab.example:8080/t/" + part + "/vmlinuz";
      BootSpec spec = BootSpec.linux(new BootFile("vmlinuz", url), List.of(), List.of(KernelArg.flag("quiet")));
      try {
        assertThat(IpxeShell.image(IpxeShell.commands(scripts.ipxeInstall(spec, Firmware.BIOS, null)).get(1)).uri())
            .isEqualTo(url);
        String linux = scripts.grubInstall(spec, Firmware.BIOS).lines().filter(l -> l.startsWith("  linux "))
            .findFirst().orElseThrow();
        assertThat(GrubShell.command(linux, Map.of()).subList(1, 3))
            .containsExactly("(http,lab.example:8080)/t/" + part + "/vmlinuz", "quiet");
        PxelinuxConfig.LinuxBoot boot = PxelinuxConfig.linux(
            PxelinuxConfig.parse(scripts.pxelinuxInstall(spec, Firmware.BIOS)).defaultLabel());
        assertThat(boot.kernel()).isEqualTo(url);
        assertThat(KernelParser.parse(boot.commandLine()))
            .containsExactly(KernelArg.of("BOOT_IMAGE", url), KernelArg.flag("quiet"));
        String chain = scripts.ipxeBootstrap(url).lines().filter(l -> l.startsWith("chain ")).findFirst().orElseThrow();
        assertThat(IpxeShell.image(IpxeShell.commands(chain).get(0)).uri()).startsWith(url + (url.contains("?") ? "&" : "?") + "mac=");
        carried++;
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).startsWith("the kernel URL '");
      }
    }
    assertThat(carried).isBetween(30, 299);
  }
}
