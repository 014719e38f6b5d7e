package dev.lab.plugins.preseed;

import dev.lab.api.Templates;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.render.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a case the way the host does, for the tests. */
final class Rendering {
  static final PreseedPlugin PLUGIN = new PreseedPlugin();
  static final Templates TEMPLATES = new TemplateEngine(null).forNamespace("preseed", PreseedPlugin.class.getClassLoader());

  private Rendering() {}

  /** @return every output of a case by file name: the answer files and one boot spec per firmware */
  static Map<String, String> outputs(InstallConfig config) {
    Map<String, String> files = new LinkedHashMap<>();
    for (RenderedFile f : PLUGIN.generateAnswerFiles(config, TEMPLATES)) {
      files.put(f.name(), f.content());
    }
    files.put("boot-uefi.txt", describe(PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI))));
    if (config.arch() == Architecture.X86_64) {
      files.put("boot-bios.txt", describe(PLUGIN.preparePxe(new PxeConfig(config, Firmware.BIOS))));
    }
    return files;
  }

  static String preseed(InstallConfig config) {
    return PLUGIN.generateAnswerFiles(config, TEMPLATES).get(0).content();
  }

  /** @return the boot spec as reviewable text: one file or argument per line */
  static String describe(BootSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append("kind ").append(spec.kind()).append('\n');
    sb.append("kernel ").append(spec.kernel().name()).append(' ').append(spec.kernel().url()).append('\n');
    for (BootFile f : spec.initrds()) {
      sb.append("initrd ").append(f.name()).append(' ').append(f.url()).append('\n');
    }
    for (KernelArg a : spec.kernelArgs()) {
      sb.append("arg ").append(a.key());
      if (a.value() != null) {
        sb.append(" = ").append(a.value());
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
