package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.lab.testkit.Golden;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the matrix in {@link Scenarios}: the seed files, the enrollment script and the boot
 * spec per firmware. Re-bless with {@code -Dlab.bless=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Set<String> CASES = new TreeSet<>();

  private static final Templates TEMPLATES =
      new TemplateEngine(null).forNamespace("autoinstall", AutoinstallPlugin.class.getClassLoader());

  /** @return the plugin's bundled templates, as the host would give them (no overrides) */
  static Templates templates() {
    return TEMPLATES;
  }

  static Map<String, String> render(InstallConfig config) {
    AutoinstallPlugin plugin = new AutoinstallPlugin();
    assertThat(plugin.validate(config)).isEmpty();
    Map<String, String> files = new LinkedHashMap<>();
    for (RenderedFile f : plugin.generateAnswerFiles(config, templates())) {
      files.put(f.name(), f.content());
    }
    for (Firmware fw : Firmware.values()) {
      if (fw == Firmware.BIOS && config.arch() != Architecture.X86_64) {
        continue;
      }
      files.put("boot-" + fw.id() + ".txt", describe(plugin.preparePxe(new PxeConfig(config, fw))));
    }
    return files;
  }

  /** @return the boot spec as text, one file or argument a line */
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

  static java.util.stream.Stream<Scenarios.Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void rendersLikeTheGoldenFiles(Scenarios.Scenario scenario) {
    CASES.add(scenario.name());
    Golden.assertMatches(scenario.name(), render(scenario.config()));
  }

  @AfterAll
  static void everyGoldenFolderHasACase() {
    Golden.assertNoUnpairedCases(CASES);
  }
}
