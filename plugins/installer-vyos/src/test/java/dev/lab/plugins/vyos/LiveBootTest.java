package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import org.junit.jupiter.api.Test;

/** The VyOS live boot over HTTP. */
class LiveBootTest {
  private final VyosPlugin plugin = new VyosPlugin();

  private BootSpec boot(String golden, Firmware firmware) {
    return plugin.preparePxe(new PxeConfig(VyosFixtures.goldenCases().get(golden), firmware));
  }

  @Test
  void livebootsTheImageAndFetchesItsSquashfs() {
    BootSpec spec = boot("dhcp-x86_64", Firmware.BIOS);
    assertThat(spec.kind()).isEqualTo(BootKind.LINUX);
    assertThat(spec.kernel().url()).isEqualTo("http://lab.example:8080/artifacts/vyos-1.4.0/x86_64/live/vmlinuz");
    assertThat(spec.initrds()).extracting(f -> f.name() + " " + f.url()).containsExactly(
        "initrd.img http://lab.example:8080/artifacts/vyos-1.4.0/x86_64/live/initrd.img",
        "vyos-live-config.cpio http://lab.example:8080/t/preview-file-token/vyos-live-config.cpio");
    assertThat(spec.kernelArgs()).extracting(KernelArg::toString).containsExactly(
        "boot=live", "components", "nopersistence", "noautologin", "nonetworking", "union=overlay",
        "net.ifnames=0", "biosdevname=0",
        "fetch=http://lab.example:8080/artifacts/vyos-1.4.0/x86_64/live/filesystem.squashfs",
        "BOOTIF=01-52-54-00-12-34-56");
  }

  @Test
  void serialConsoleAndProfileArgumentsComeLast() {
    assertThat(boot("static-x86_64", Firmware.UEFI).kernelArgs()).extracting(KernelArg::toString)
        .endsWith("console=tty0", "console=ttyS0,115200", "quiet");
  }

  @Test
  void theBootNicOfABondIsItsFirstMember() {
    assertThat(boot("bond-aarch64", Firmware.UEFI).kernelArgs()).extracting(KernelArg::toString)
        .contains("BOOTIF=01-52-54-00-12-34-56")
        .contains("fetch=http://lab.example:8080/artifacts/vyos-1.4.0/aarch64/live/filesystem.squashfs");
  }

  @Test
  void refusesLegacyBiosOnAarch64() {
    InstallConfig config = VyosFixtures.goldenCases().get("static-aarch64");
    assertThatThrownBy(() -> plugin.preparePxe(new PxeConfig(config, Firmware.BIOS)))
        .isInstanceOf(UnsupportedConfigException.class)
        .hasMessage("server.firmware: aarch64 machines boot with UEFI: legacy BIOS exists on x86_64 only");
  }
}
