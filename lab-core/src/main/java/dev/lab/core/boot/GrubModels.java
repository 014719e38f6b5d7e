package dev.lab.core.boot;

import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models of the GRUB templates: files as GRUB network paths, command lines as GRUB words. */
final class GrubModels {
  /** What GRUB puts before the kernel's path at the start of a Linux command line. */
  private static final String BOOT_IMAGE = "BOOT_IMAGE=";

  private GrubModels() {}

  static Map<String, Object> chain(String perMachineUrl) {
    String path = BootUrls.grub("the per-machine URL", perMachineUrl);
    return Map.of("prefix", path + (path.contains("?") ? "&" : "?"));
  }

  static Map<String, Object> linux(BootSpec spec, Firmware firmware) {
    BootSpecs.requireKind(spec, BootKind.LINUX);
    String kernel = BootUrls.grub("the kernel URL", spec.kernel().url());
    String args = KernelCommandLine.forGrub(spec.kernelArgs());
    String view = BOOT_IMAGE + kernel + (spec.kernelArgs().isEmpty() ? ""
        : " " + KernelCommandLine.grubKernelView(spec.kernelArgs()));
    KernelCommandLine.requireFits("the kernel command line GRUB builds", view, KernelCommandLine.LINUX_MAX_BYTES);
    Map<String, Object> model = base(firmware);
    model.put("kernel", kernel);
    model.put("args", args);
    model.put("initrds", spec.initrds().stream().map(i -> BootUrls.grub("the initrd URL", i.url())).toList());
    return model;
  }

  static Map<String, Object> multiboot(BootSpec spec, Firmware firmware) {
    BootSpecs.requireKind(spec, BootKind.MULTIBOOT);
    Map<String, Object> model = base(firmware);
    model.put("kernel", BootUrls.grub("the multiboot kernel URL", spec.kernel().url()));
    model.put("args", words("the multiboot kernel's command line", spec.kernelArgs()));
    List<Map<String, Object>> modules = new ArrayList<>();
    for (BootModule module : spec.modules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", BootUrls.grub("the module URL", module.file().url()));
      m.put("args", words("the command line of module " + module.file().name(), module.args()));
      modules.add(m);
    }
    model.put("modules", modules);
    return model;
  }

  static Map<String, Object> local(Firmware firmware) {
    return base(firmware);
  }

  private static String words(String what, List<KernelArg> args) {
    String words = KernelCommandLine.forGrub(args);
    KernelCommandLine.requireFits(what, KernelCommandLine.grubKernelView(args), KernelCommandLine.LINUX_MAX_BYTES);
    return words;
  }

  private static Map<String, Object> base(Firmware firmware) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("firmware", firmware.id());
    return model;
  }
}
