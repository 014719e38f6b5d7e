package dev.lab.plugins.kickstart;

import dev.lab.api.InstallerPlugin;
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

/** Renders a configuration the way the host does, into file name → content. */
final class Rendering {
  static final InstallerPlugin PLUGIN = new KickstartPlugin();
  static final Templates TEMPLATES = new TemplateEngine(null).forNamespace("kickstart",
      KickstartPlugin.class.getClassLoader());

  private Rendering() {}

  /** @return the answer files, then the boot spec per firmware the machine's architecture has */
  static Map<String, String> render(InstallConfig config) {
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

  /** @return a boot spec as text: one line per kernel, initrd and argument */
  static String describe(BootSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append("kind ").append(spec.kind()).append('\n');
    sb.append("kernel ").append(spec.kernel().name()).append(' ').append(spec.kernel().url()).append('\n');
    for (BootFile f : spec.initrds()) {
      sb.append("initrd ").append(f.name()).append(' ').append(f.url()).append('\n');
    }
    for (KernelArg a : spec.kernelArgs()) {
      sb.append("arg ").append(a).append('\n');
    }
    return sb.toString();
  }
}
