package dev.lab.plugins.vyos;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.PxeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The VyOS live boot over HTTP: the image's live kernel and initrd, Lab's configuration initrd,
 * and the kernel arguments of VyOS's own live boot entry (vyos-build {@code --bootappend-live})
 * with {@code fetch=} so that the live initramfs downloads {@code filesystem.squashfs} itself
 * (https://docs.vyos.io/en/sagitta/installation/install.html, PXE).
 */
final class LiveBoot {
  private LiveBoot() {}

  static BootSpec spec(PxeConfig pxe) {
    InstallConfig config = pxe.install();
    if (pxe.firmware() == Firmware.BIOS && config.arch() != Architecture.X86_64) {
      throw new UnsupportedConfigException(Problem.of("server.firmware",
          config.arch() + " machines boot with UEFI: legacy BIOS exists on x86_64 only"));
    }
    ImageArtifacts artifacts = config.artifacts();
    List<BootFile> initrds = new ArrayList<>();
    for (int i = 0; i < artifacts.initrds().size(); i++) {
      initrds.add(new BootFile(i == 0 ? "initrd.img" : "initrd" + (i + 1) + ".img", artifacts.initrds().get(i)));
    }
    initrds.add(new BootFile(LiveConfigArchive.NAME, config.urls().file(LiveConfigArchive.NAME)));
    return BootSpec.linux(new BootFile("vmlinuz", artifacts.kernel()), initrds, arguments(config));
  }

  private static List<KernelArg> arguments(InstallConfig config) {
    List<KernelArg> args = new ArrayList<>(List.of(
        KernelArg.of("boot", "live"),
        KernelArg.flag("components"),
        KernelArg.flag("nopersistence"),
        KernelArg.flag("noautologin"),
        KernelArg.flag("nonetworking"),
        KernelArg.of("union", "overlay"),
        KernelArg.of("net.ifnames", "0"),
        KernelArg.of("biosdevname", "0"),
        KernelArg.of("fetch", config.artifacts().squashfs())));
    bootMac(config).ifPresent(mac -> args.add(KernelArg.of("BOOTIF", "01-" + mac.replace(':', '-'))));
    if (config.profile().serialConsole() != null) {
      args.add(KernelArg.of("console", "tty0"));
      args.add(KernelArg.of("console", config.profile().serialConsole()));
    }
    args.addAll(config.profile().kernelArgs());
    return args;
  }

  /**
   * @return the MAC of the NIC under the machine's primary interface (a bond's first member, a
   *     VLAN's parent), which live-boot configures by DHCP to fetch the squashfs
   */
  private static Optional<String> bootMac(InstallConfig config) {
    Network network = config.network();
    Optional<NetInterface> iface = network.primary();
    for (int hops = 0; hops < 3 && iface.isPresent(); hops++) {
      NetInterface i = iface.get();
      if (i.kind() == InterfaceKind.ETHERNET) {
        return Optional.ofNullable(i.mac()).map(m -> m.toLowerCase(Locale.ROOT));
      }
      String next = i.kind() == InterfaceKind.BOND ? i.members().stream().findFirst().orElse(null) : i.parent();
      iface = next == null ? Optional.empty() : network.find(next);
    }
    return Optional.empty();
  }
}
