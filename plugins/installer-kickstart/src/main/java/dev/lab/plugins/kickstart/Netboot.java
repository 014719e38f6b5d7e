package dev.lab.plugins.kickstart;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network boot of Anaconda: the install tree's {@code images/pxeboot/vmlinuz} and {@code
 * initrd.img} (or the image's own kernel and initrds), with the kickstart, the install source, the
 * network, text mode, the console and the profile's arguments. BIOS and UEFI boot the same kernel
 * with the same arguments.
 */
final class Netboot {
  private Netboot() {}

  static BootSpec spec(InstallConfig config, Firmware firmware) {
    if (firmware == Firmware.BIOS && config.arch() != Architecture.X86_64) {
      throw new UnsupportedConfigException(Problem.of("server.firmware",
          config.arch() + " machines boot with UEFI: legacy BIOS exists only on x86_64"));
    }
    ImageArtifacts a = config.artifacts();
    String tree = directory(a.repository());
    String kernel = a.kernel() != null ? a.kernel() : tree + "images/pxeboot/vmlinuz";
    List<String> initrds = !a.initrds().isEmpty() ? a.initrds() : List.of(tree + "images/pxeboot/initrd.img");
    return BootSpec.linux(new BootFile("vmlinuz", kernel), initrdFiles(initrds), args(config, tree));
  }

  /** @return the installer's arguments, in the order a reader expects them */
  static List<KernelArg> args(InstallConfig config, String tree) {
    List<KernelArg> args = new ArrayList<>();
    args.add(KernelArg.of("inst.ks", config.urls().file(KickstartPlugin.KICKSTART)));
    // A bootc install takes only the installer's runtime from the tree; the payload is the image.
    args.add(KernelArg.of(config.image().bootc() == null ? "inst.repo" : "inst.stage2", tree));
    args.addAll(new NetworkPlan(config.network(), config.server().fqdn()).bootArgs());
    args.add(KernelArg.flag("inst.text"));
    args.addAll(KernelArgs.ofProfile(config.profile()));
    return args;
  }

  private static List<BootFile> initrdFiles(List<String> urls) {
    List<BootFile> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      String name = url.substring(url.lastIndexOf('/') + 1);
      if (!name.matches("[A-Za-z0-9._-]+") || !names.add(name)) {
        name = "initrd" + i + ".img";
        names.add(name);
      }
      files.add(new BootFile(name, url));
    }
    return files;
  }

  /** @return the URL with a trailing slash, so that paths inside the tree can be appended */
  static String directory(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
