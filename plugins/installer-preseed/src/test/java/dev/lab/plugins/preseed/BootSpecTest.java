package dev.lab.plugins.preseed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootSpecTest {
  @Test
  void bootsTheNetbootKernelWithTheTokenUrlAndStaticNetwork() {
    BootSpec spec = Rendering.PLUGIN.preparePxe(new PxeConfig(Cases.staticRegular(), Firmware.BIOS));
    assertThat(spec.kernel().name()).isEqualTo("linux");
    assertThat(spec.initrds()).extracting(f -> f.name()).containsExactly("initrd.gz");
    List<String> args = spec.kernelArgs().stream().map(KernelArg::toString).toList();
    assertThat(args).startsWith("auto=true", "priority=critical",
        "url=http://lab.example:8080/t/preview-file-token/preseed.cfg", "interface=52:54:00:12:34:56");
    assertThat(args).contains("netcfg/disable_autoconfig=true", "netcfg/get_ipaddress=192.0.2.10",
        "netcfg/get_netmask=255.255.255.0", "netcfg/get_gateway=192.0.2.1",
        "netcfg/get_nameservers=192.0.2.53 192.0.2.54", "netcfg/confirm_static=true");
    // What follows --- is copied into the installed system's boot loader configuration.
    assertThat(args.subList(args.indexOf("---"), args.size()))
        .containsExactly("---", "console=ttyS0,115200n8", "quiet", "net.ifnames=0");
  }

  @Test
  void aBondedMachineInstallsOverTheNicWithALink() {
    BootSpec spec = Rendering.PLUGIN.preparePxe(new PxeConfig(Cases.vlanBond(), Firmware.UEFI));
    assertThat(spec.kernelArgs()).contains(KernelArg.of("interface", "auto"))
        .noneMatch(a -> a.key().equals("netcfg/disable_autoconfig"));
  }

  @Test
  void refusesBiosOnAarch64() {
    assertThatThrownBy(() -> Rendering.PLUGIN.preparePxe(new PxeConfig(Cases.customLvmAarch64(), Firmware.BIOS)))
        .isInstanceOf(UnsupportedConfigException.class).hasMessageContaining("server.firmware");
  }
}
