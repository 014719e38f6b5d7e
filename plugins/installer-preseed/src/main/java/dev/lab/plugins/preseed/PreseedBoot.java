package dev.lab.plugins.preseed;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The netboot of debian-installer: the netboot image's {@code linux} and {@code initrd.gz} with
 * the arguments of an unattended network-preseeded install.
 *
 * <ul>
 *   <li>{@code auto=true priority=critical url=...}: auto mode (locale and keyboard are asked only
 *       after the preseed file is loaded, so the file answers them) at critical priority;
 *   <li>netcfg's answers ({@link InstallNetwork#kernelArgs()}), since the network comes up before
 *       the file can be fetched;
 *   <li>{@code ---} and after it the serial console and the profile's arguments: d-i copies what
 *       follows {@code ---} into the installed system's boot loader configuration (its {@code
 *       user-params}), and grub-installer also turns a serial {@code console=} into GRUB's serial
 *       terminal.
 * </ul>
 */
final class PreseedBoot {
  private PreseedBoot() {}

  static BootSpec of(PxeConfig pxe) {
    InstallConfig config = pxe.install();
    if (pxe.firmware() == Firmware.BIOS && config.arch() != Architecture.X86_64) {
      throw new UnsupportedConfigException(Problem.of("server.firmware",
          "a " + config.arch() + " machine has no BIOS boot: boot it with UEFI"));
    }
    ImageArtifacts artifacts = config.artifacts();
    List<BootFile> initrds = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String url : artifacts.initrds()) {
      String name = initrds.isEmpty() ? "initrd.gz" : fileName(url, initrds.size());
      if (!names.add(name)) {
        name = "initrd" + initrds.size() + ".img";
        names.add(name);
      }
      initrds.add(new BootFile(name, url));
    }
    List<KernelArg> args = new ArrayList<>();
    args.add(KernelArg.of("auto", "true"));
    args.add(KernelArg.of("priority", "critical"));
    args.add(KernelArg.of("url", config.urls().file(PreseedPlugin.PRESEED_CFG)));
    args.addAll(InstallNetwork.of(config).kernelArgs());
    args.add(KernelArg.flag("---"));
    if (config.profile().serialConsole() != null) {
      args.add(KernelArg.of("console", config.profile().serialConsole()));
    }
    args.addAll(config.profile().kernelArgs());
    return BootSpec.linux(new BootFile("linux", artifacts.kernel()), initrds, args);
  }

  /** @return the last path segment of a further initrd's URL when it is a plain file name */
  private static String fileName(String url, int index) {
    String path = url.replaceFirst("[?#].*$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.matches("[A-Za-z0-9._-]{1,64}") ? last : "initrd" + index + ".img";
  }
}
