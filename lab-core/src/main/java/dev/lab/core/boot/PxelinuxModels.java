package dev.lab.core.boot;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of the pxelinux templates. pxelinux boots legacy BIOS machines only (syslinux's UEFI
 * build has no local boot and no multiboot), and fetches URLs with {@code lpxelinux.0}.
 */
final class PxelinuxModels {
  /**
   * pxelinux refuses to run a label whose command line ({@code .TYPE IMAGE ARGUMENTS}) is longer
   * ({@code MAX_CMDLINE_LEN} with the NUL).
   */
  private static final int MAX_CMDLINE_BYTES = 2047;
  private static final String INITRD = "initrd=";

  private PxelinuxModels() {}

  static Map<String, Object> linux(BootSpec spec, Firmware firmware) {
    requireBios(firmware);
    BootSpecs.requireKind(spec, BootKind.LINUX);
    String kernel = BootUrls.pxelinux("the kernel URL", spec.kernel().url());
    List<String> initrds = new ArrayList<>();
    for (BootFile initrd : spec.initrds()) {
      String url = BootUrls.pxelinux("the initrd URL", initrd.url());
      if (url.contains(",")) {
        throw new IllegalArgumentException("the initrd URL " + LoaderWords.show(url)
            + " contains ',', which separates pxelinux's initrd list: write it percent-encoded");
      }
      initrds.add(url);
    }
    String initrdArg = initrds.isEmpty() ? "" : "initrd=" + String.join(",", initrds);
    String args = KernelCommandLine.forPxelinux(spec.kernelArgs());
    String append = initrdArg.isEmpty() || args.isEmpty() ? initrdArg + args : initrdArg + " " + args;
    requireOwnInitrdFirst(kernel, spec.kernelArgs(), initrdArg.isEmpty());
    String cmdline = "BOOT_IMAGE=" + kernel + " " + append;
    KernelCommandLine.requireFits("the kernel command line pxelinux builds", cmdline, KernelCommandLine.LINUX_MAX_BYTES);
    Map<String, Object> model = base(firmware);
    model.put("kernel", kernel);
    model.put("append", append);
    return model;
  }

  static Map<String, Object> multiboot(BootSpec spec, Firmware firmware) {
    requireBios(firmware);
    BootSpecs.requireKind(spec, BootKind.MULTIBOOT);
    List<String> parts = new ArrayList<>();
    parts.add(part(BootUrls.pxelinux("the multiboot kernel URL", spec.kernel().url()),
        KernelCommandLine.forPxelinuxModule(spec.kernelArgs())));
    for (BootModule module : spec.modules()) {
      parts.add(part(BootUrls.pxelinux("the module URL", module.file().url()),
          KernelCommandLine.forPxelinuxModule(module.args())));
    }
    String append = String.join(" --- ", parts);
    KernelCommandLine.requireFits("the mboot.c32 command line pxelinux builds", ".com32 mboot.c32 " + append,
        MAX_CMDLINE_BYTES);
    Map<String, Object> model = base(firmware);
    model.put("append", append);
    return model;
  }

  static Map<String, Object> local(Firmware firmware) {
    requireBios(firmware);
    return base(firmware);
  }

  /**
   * pxelinux loads the files listed after the first {@code initrd=} anywhere in its command line
   * ({@code BOOT_IMAGE=KERNEL APPEND}). Lab's own list opens the APPEND line; without one, no other
   * {@code initrd=} may appear.
   */
  private static void requireOwnInitrdFirst(String kernel, List<KernelArg> args, boolean noInitrds) {
    if (kernel.contains(INITRD)) {
      throw new IllegalArgumentException("the kernel URL " + LoaderWords.show(kernel) + " contains '" + INITRD
          + "', which pxelinux would read as its list of initrds: rename the file");
    }
    if (noInitrds) {
      for (KernelArg arg : args) {
        if (arg.toString().contains(INITRD)) {
          throw new IllegalArgumentException("pxelinux cannot carry the kernel argument "
              + LoaderWords.show(arg.toString()) + ": pxelinux reads the first '" + INITRD
              + "' in its command line as the list of initrds to load");
        }
      }
    }
  }

  private static String part(String url, String args) {
    return args.isEmpty() ? url : url + " " + args;
  }

  private static void requireBios(Firmware firmware) {
    if (firmware != Firmware.BIOS) {
      throw new IllegalArgumentException("pxelinux boots legacy BIOS machines only: a " + firmware
          + " machine network-boots with iPXE or GRUB");
    }
  }

  private static Map<String, Object> base(Firmware firmware) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("firmware", firmware.id());
    return model;
  }
}
