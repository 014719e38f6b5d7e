package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Templates;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.render.TemplateEngine;
import dev.lab.testkit.Golden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: per case, {@code config.boot}, the enrollment script and the UEFI boot spec as
 * text. The extra initrd is checked by {@link LiveConfigArchiveTest}; it is not kept as a golden
 * file because it only repeats these files.
 */
class GoldenFilesTest {
  private final VyosPlugin plugin = new VyosPlugin();

  static Stream<String> cases() {
    return VyosFixtures.goldenCases().keySet().stream();
  }

  static Templates templates() {
    return new TemplateEngine(null).forNamespace("vyos", VyosPlugin.class.getClassLoader());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersTheGoldenFiles(String name) {
    InstallConfig config = VyosFixtures.goldenCases().get(name);
    assertThat(plugin.validate(config)).isEmpty();
    Map<String, String> files = new LinkedHashMap<>();
    for (RenderedFile f : plugin.generateAnswerFiles(config, templates())) {
      if (!f.name().equals(LiveConfigArchive.NAME)) {
        files.put(f.name(), f.content());
      }
    }
    files.put("boot-uefi.txt", describe(plugin.preparePxe(new PxeConfig(config, Firmware.UEFI))));
    Golden.assertMatches(name, files);
  }

  @Test
  void everyGoldenFolderHasItsCase() {
    Golden.assertNoUnpairedCases(VyosFixtures.goldenCases().keySet());
  }

  /** @return the boot spec one item a line, for review */
  static String describe(BootSpec spec) {
    StringBuilder out = new StringBuilder("kind ").append(spec.kind()).append('\n');
    out.append("kernel ").append(file(spec.kernel())).append('\n');
    for (BootFile initrd : spec.initrds()) {
      out.append("initrd ").append(file(initrd)).append('\n');
    }
    for (KernelArg arg : spec.kernelArgs()) {
      out.append("arg ").append(arg).append('\n');
    }
    return out.toString();
  }

  private static String file(BootFile f) {
    return f.name() + " " + f.url();
  }

  static List<String> names(List<RenderedFile> files) {
    return files.stream().map(RenderedFile::name).toList();
  }
}
