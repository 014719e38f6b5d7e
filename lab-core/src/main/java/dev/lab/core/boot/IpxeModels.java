package dev.lab.core.boot;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models of the iPXE templates: every value checked, every command line quoted for iPXE. */
final class IpxeModels {
  /**
   * iPXE copies the command lines of a multiboot kernel and its modules, each after its URI, into one
   * buffer of this many bytes and cuts what does not fit ({@code MB_MAX_CMDLINE}).
   */
  static final int MULTIBOOT_CMDLINES_BYTES = 512;

  private IpxeModels() {}

  static Map<String, Object> bootstrap(String perMachineUrl) {
    String url = BootUrls.ipxe("the per-machine URL", perMachineUrl);
    return Map.of("url", url, "separator", url.contains("?") ? "&" : "?");
  }

  static Map<String, Object> linux(BootSpec spec, Firmware firmware) {
    BootSpecs.requireKind(spec, BootKind.LINUX);
    List<KernelArg> args = new ArrayList<>();
    if (firmware == Firmware.UEFI) {
      // A UEFI kernel finds each initrd iPXE loaded only through an initrd=<name> argument.
      spec.initrds().forEach(initrd -> args.add(KernelArg.of("initrd", initrd.name())));
    }
    args.addAll(spec.kernelArgs());
    String cmdline = KernelCommandLine.forIpxe(args);
    String view = KernelCommandLine.forKernel(args);
    KernelCommandLine.requireFits("the kernel command line iPXE builds",
        firmware == Firmware.UEFI ? spec.kernel().name() + " " + view : view, KernelCommandLine.LINUX_MAX_BYTES);
    Map<String, Object> model = base(firmware);
    model.put("kernel", file("the kernel URL", spec.kernel()));
    model.put("initrds", spec.initrds().stream().map(i -> file("the initrd URL", i)).toList());
    model.put("args", cmdline);
    return model;
  }

  static Map<String, Object> multiboot(BootSpec spec, Firmware firmware, String grubEfiUrl) {
    BootSpecs.requireKind(spec, BootKind.MULTIBOOT);
    Map<String, Object> model = base(firmware);
    if (firmware == Firmware.UEFI) {
      if (grubEfiUrl == null) {
        throw new IllegalArgumentException("iPXE cannot load a multiboot kernel under UEFI and chains to GRUB"
            + " instead: configure the URL of a GRUB EFI image");
      }
      model.put("grubEfiUrl", BootUrls.ipxe("the GRUB EFI image URL", grubEfiUrl));
      return model;
    }
    Map<String, Object> kernel = file("the multiboot kernel URL", spec.kernel());
    kernel.put("args", KernelCommandLine.forIpxe(spec.kernelArgs()));
    int used = cmdlineBytes(spec.kernel(), spec.kernelArgs());
    List<Map<String, Object>> modules = new ArrayList<>();
    for (BootModule module : spec.modules()) {
      Map<String, Object> m = file("the module URL", module.file());
      m.put("args", KernelCommandLine.forIpxe(module.args()));
      modules.add(m);
      used += cmdlineBytes(module.file(), module.args());
    }
    if (used > MULTIBOOT_CMDLINES_BYTES) {
      throw new IllegalArgumentException(String.format("iPXE keeps at most %d bytes for the command lines of"
          + " a multiboot kernel and its modules together, each starting with its URL; this boot spec needs %d",
          MULTIBOOT_CMDLINES_BYTES, used));
    }
    model.put("kernel", kernel);
    model.put("modules", modules);
    return model;
  }

  static Map<String, Object> local(Firmware firmware) {
    return base(firmware);
  }

  /** @return the bytes iPXE's multiboot loader stores for one image: URI, space, arguments, NUL */
  private static int cmdlineBytes(BootFile file, List<KernelArg> args) {
    String view = file.url() + (args.isEmpty() ? "" : " " + KernelCommandLine.forKernel(args));
    return view.getBytes(StandardCharsets.UTF_8).length + 1;
  }

  private static Map<String, Object> base(Firmware firmware) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("firmware", firmware.id());
    return model;
  }

  private static Map<String, Object> file(String what, BootFile file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", file.name());
    m.put("url", BootUrls.ipxe(what, file.url()));
    return m;
  }
}
