package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boot spec of every case, and the rules behind it. */
class NetbootTest {
  static Stream<Arguments> cases() {
    return Cases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static BootSpec boot(InstallConfig config, Firmware firmware) {
    return Rendering.PLUGIN.preparePxe(new PxeConfig(config, firmware));
  }

  static List<String> args(BootSpec spec) {
    return spec.kernelArgs().stream().map(KernelArg::toString).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bootsThePxebootKernelOfTheInstallTree(String name, InstallConfig config) {
    BootSpec spec = boot(config, Firmware.UEFI);
    String tree = Netboot.directory(config.artifacts().repository());
    assertThat(spec.kernel().url()).isEqualTo(tree + "images/pxeboot/vmlinuz");
    assertThat(spec.initrds()).singleElement()
        .satisfies(f -> assertThat(f.url()).isEqualTo(tree + "images/pxeboot/initrd.img"));
    List<String> args = args(spec);
    assertThat(args.get(0)).isEqualTo("inst.ks=" + config.urls().file("ks.cfg"));
    assertThat(args.get(1)).isEqualTo((config.image().bootc() == null ? "inst.repo=" : "inst.stage2=") + tree);
    assertThat(args).contains("inst.text");
    assertThat(args).filteredOn(a -> a.startsWith("ip=")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bindsEveryEthernetNameToItsMac(String name, InstallConfig config) {
    List<String> args = args(boot(config, Firmware.UEFI));
    config.network().interfaces().stream().filter(i -> i.mac() != null)
        .forEach(i -> assertThat(args).contains("ifname=" + i.name() + ":" + i.mac()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithTheConsoleAndTheProfileArguments(String name, InstallConfig config) {
    List<String> args = args(boot(config, Firmware.UEFI));
    List<String> profile = KernelArgs.ofProfile(config.profile()).stream().map(KernelArg::toString).toList();
    assertThat(args.subList(args.size() - profile.size(), args.size())).isEqualTo(profile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void biosAndUefiBootAlikeAndAarch64HasNoBios(String name, InstallConfig config) {
    if (config.arch() == Architecture.X86_64) {
      assertThat(boot(config, Firmware.BIOS)).isEqualTo(boot(config, Firmware.UEFI));
    } else {
      assertThatThrownBy(() -> boot(config, Firmware.BIOS)).isInstanceOf(UnsupportedConfigException.class)
          .satisfies(e -> assertThat(((UnsupportedConfigException) e).problems()).singleElement()
              .satisfies(p -> assertThat(p.property()).isEqualTo("server.firmware")));
    }
  }

  @Test
  void dhcpPrimaryIsNamedAndStaticPrimaryUsesTheFullIpForm() {
    assertThat(args(boot(Cases.fedoraDhcpLvm(), Firmware.UEFI))).contains("ip=eth0:dhcp")
        .noneMatch(a -> a.startsWith("nameserver="));
    assertThat(args(boot(Cases.fedoraStaticPlain(), Firmware.UEFI)))
        .contains("ip=192.0.2.10::192.0.2.1:255.255.255.0:web02.lab.example:eth0:none:9000",
            "nameserver=192.0.2.53", "nameserver=2001:db8::53");
  }

  @Test
  void aVlanOnABondIsBuiltByTheInitramfs() {
    assertThat(args(boot(Cases.almaVlanBondCustom(), Firmware.UEFI))).containsSubsequence(
        "bond=bond0:eth0,eth1:mode=802.3ad", "vlan=bond0.20:bond0",
        "ip=10.20.0.10::10.20.0.1:255.255.255.0:db01.lab.example:bond0.20:none");
  }

  @Test
  void theImagesOwnKernelAndInitrdsWin() {
    InstallConfig base = Cases.fedoraDhcpLvm();
    String repo = base.artifacts().repository();
    Image image = new Image("fedora-41", "fedora", "41", null, Map.of(Architecture.X86_64, new ImageArtifacts(
        "f41/vmlinuz", List.of("f41/initrd.img", "f41/updates.img"), repo, null, null, null, null, null, null)), null);
    InstallConfig config = Fixtures.config(base.server(), base.profile(), image);
    BootSpec spec = boot(config, Firmware.UEFI);
    assertThat(spec.kernel().url()).isEqualTo("http://lab.example:8080/artifacts/f41/vmlinuz");
    assertThat(spec.initrds()).extracting(f -> f.name() + " " + f.url()).containsExactly(
        "initrd.img http://lab.example:8080/artifacts/f41/initrd.img",
        "updates.img http://lab.example:8080/artifacts/f41/updates.img");
  }
}
