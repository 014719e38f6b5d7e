package dev.lab.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The contract every installer plugin passes. A plugin module extends this class and supplies its
 * plugin and a few valid configurations; the kit checks what the SPI promises.
 */
public abstract class PluginContractTest {

  /** @return a new instance of the plugin under test */
  protected abstract InstallerPlugin plugin();

  /** @return configurations the plugin must accept and render, covering its architectures */
  protected abstract List<InstallConfig> validConfigs();

  /** @return the plugin's templates as the host would give them (no overrides) */
  protected Templates templates() {
    InstallerPlugin p = plugin();
    return new TemplateEngine(null).forNamespace(p.name(), p.getClass().getClassLoader());
  }

  @Test
  void declaresItself() {
    InstallerPlugin p = plugin();
    assertThat(p.name()).matches("[a-z][a-z0-9-]*");
    assertThat(p.description()).isNotBlank().doesNotContain("\n");
    assertThat(p.supportedArchitectures()).isNotEmpty();
    assertThat(p.methods()).isNotEmpty();
  }

  @Test
  void nameMatchesTheJarDescriptor() throws IOException {
    // The module's build writes the PF4J descriptor into the manifest; the plugin's name must be its id.
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
      if (in == null) {
        return; // running from classes, not from the packaged jar
      }
      Manifest mf = new Manifest(in);
      String id = mf.getMainAttributes().getValue("Plugin-Id");
      if (id != null) {
        assertThat(id).isEqualTo(plugin().name());
      }
    }
  }

  @Test
  void acceptsAndRendersItsValidConfigs() {
    InstallerPlugin p = plugin();
    List<InstallConfig> configs = validConfigs();
    assertThat(configs).isNotEmpty();
    for (InstallConfig config : configs) {
      List<Problem> problems = p.validate(config);
      assertThat(problems).as("problems for %s", config.server().name()).isEmpty();
      List<RenderedFile> files = p.generateAnswerFiles(config, templates());
      java.util.Optional<dev.lab.api.plan.DeployPlan> plan = p.deployPlan(config, templates());
      assertThat(!files.isEmpty() || plan.isPresent()).as("answer files or a deploy plan for %s",
          config.server().name()).isTrue();
      plan.ifPresent(d -> {
        assertThat(d.server()).isEqualTo(config.server().name());
        assertThat(d.architecture()).isEqualTo(config.arch());
        assertThat(d.events()).isEqualTo(config.urls().events());
      });
      Set<String> names = new HashSet<>();
      for (RenderedFile f : files) {
        assertThat(names.add(f.name())).as("duplicate file %s", f.name()).isTrue();
        assertThat(f.content()).isNotBlank();
      }
      for (Firmware fw : Firmware.values()) {
        if (fw == Firmware.BIOS && config.arch() != dev.lab.api.model.Architecture.X86_64) {
          continue;
        }
        assertThat(p.preparePxe(new PxeConfig(config, fw)).kernel().url()).isNotBlank();
      }
      if (config.enrollment() != null) {
        RenderedFile script = p.generateEnrollmentScript(config.enrollment(), templates());
        assertThat(script.content()).contains(config.enrollment().token());
      }
    }
  }

  @Test
  void everyBundledTemplateDeclaresAnOutputFormat() {
    InstallerPlugin p = plugin();
    List<String> names = TemplateEngine.bundledTemplates(p.name(), p.getClass().getClassLoader());
    for (String name : names) {
      String text = new String(TemplateEngine.bundledTemplate(p.name(), p.getClass().getClassLoader(), name),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).as("first line of %s", name).startsWith("<#ftl output_format=");
    }
  }
}
