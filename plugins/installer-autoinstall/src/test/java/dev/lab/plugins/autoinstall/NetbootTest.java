package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import org.junit.jupiter.api.Test;

/** The netboot spec of the live-server installer. */
class NetbootTest {
  private static final AutoinstallPlugin PLUGIN = new AutoinstallPlugin();

  @Test
  void bootsTheCasperKernelWithTheIsoAndTheSeedAsArguments() {
    InstallConfig config = Scenarios.dhcpLvm().config();
    BootSpec spec = PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI));
    assertThat(spec.kind()).isEqualTo(BootKind.LINUX);
    assertThat(spec.kernel().url()).isEqualTo(config.artifacts().kernel());
    assertThat(spec.kernel().name()).isEqualTo("vmlinuz");
    assertThat(spec.initrds()).singleElement().satisfies(i -> {
      assertThat(i.url()).isEqualTo(config.artifacts().initrds().get(0));
      assertThat(i.name()).isEqualTo("initrd");
    });
    assertThat(spec.kernelArgs()).containsExactly(
        KernelArg.of("ip", "dhcp"),
        KernelArg.of("url", config.artifacts().iso()),
        KernelArg.flag("autoinstall"),
        KernelArg.of("ds", "nocloud-net;s=" + config.urls().files()),
        KernelArg.of("cloud-config-url", "/dev/null"));
  }

  @Test
  void theSerialConsoleAndTheProfilesArgumentsFollow() {
    InstallConfig config = Scenarios.staticDirectBios().config();
    BootSpec spec = PLUGIN.preparePxe(new PxeConfig(config, Firmware.BIOS));
    assertThat(spec.kernelArgs()).endsWith(KernelArg.of("console", "tty0"),
        KernelArg.of("console", "ttyS0,115200n8"), KernelArg.of("intel_iommu", "on"), KernelArg.flag("nomodeset"));
    assertThat(PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI))).isEqualTo(spec);
  }

  @Test
  void aarch64CannotBootWithBios() {
    InstallConfig config = Scenarios.dhcpAarch64().config();
    assertThat(PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)).kernel().url())
        .contains("/aarch64/casper/vmlinuz");
    assertThatThrownBy(() -> PLUGIN.preparePxe(new PxeConfig(config, Firmware.BIOS)))
        .isInstanceOfSatisfying(UnsupportedConfigException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.of("server.firmware", "aarch64 machines boot with UEFI: legacy BIOS exists only on x86_64")));
  }
}
