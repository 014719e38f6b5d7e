package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * How to network-boot the Ubuntu live-server installer into an autoinstall: the ISO's casper kernel
 * and initrd, which fetch the ISO itself ({@code url=}) after DHCP ({@code ip=dhcp}), then find the
 * answer files at Lab's NoCloud seed URL ({@code ds=nocloud-net;s=...}). {@code
 * cloud-config-url=/dev/null} keeps cloud-init from taking {@code url=} for a cloud-config URL and
 * downloading the ISO a second time. The serial console and the profile's kernel arguments follow;
 * curtin carries {@code console=} arguments over into the installed system. Reference:
 * https://canonical-subiquity.readthedocs-hosted.com/en/latest/howto/autoinstall-quickstart.html
 */
final class Netboot {
  private Netboot() {}

  static BootSpec of(PxeConfig pxe) {
    InstallConfig config = pxe.install();
    if (pxe.firmware() == Firmware.BIOS && config.arch() != Architecture.X86_64) {
      throw new UnsupportedConfigException(Problem.of("server.firmware", config.arch()
          + " machines boot with UEFI: legacy BIOS exists only on x86_64"));
    }
    ImageArtifacts a = config.artifacts();
    if (a.kernel() == null || a.initrds().isEmpty() || a.iso() == null) {
      throw new UnsupportedConfigException(Problem.of("image.architectures", "the " + config.arch()
          + " artifacts need kernel, initrds and iso to netboot the live-server installer"));
    }
    List<BootFile> initrds = new ArrayList<>();
    for (int i = 0; i < a.initrds().size(); i++) {
      initrds.add(new BootFile(fileName(a.initrds().get(i), i == 0 ? "initrd" : "initrd" + i), a.initrds().get(i)));
    }
    List<KernelArg> args = new ArrayList<>();
    args.add(KernelArg.of("ip", "dhcp"));
    args.add(KernelArg.of("url", a.iso()));
    args.add(KernelArg.flag("autoinstall"));
    args.add(KernelArg.of("ds", "nocloud-net;s=" + config.urls().files()));
    args.add(KernelArg.of("cloud-config-url", "/dev/null"));
    if (config.profile().serialConsole() != null) {
      args.add(KernelArg.of("console", "tty0"));
      args.add(KernelArg.of("console", config.profile().serialConsole()));
    }
    args.addAll(config.profile().kernelArgs());
    return BootSpec.linux(new BootFile(fileName(a.kernel(), "vmlinuz"), a.kernel()), initrds, args);
  }

  /** @return the URL's last path segment when it is a plain file name, else the fallback */
  private static String fileName(String url, String fallback) {
    String path = url.replaceFirst("[?#].*$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.matches("[A-Za-z0-9._-]+") ? last : fallback;
  }
}
