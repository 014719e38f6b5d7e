package dev.lab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEjectTest {
  private static final String ANSWER = TestPlugins.answerTemplate("HOST");
  private static final String PART = "<#ftl output_format=\"shell\">\necho part\n";

  @TempDir
  Path tmp;
  Path labDir;

  @BeforeEach
  void labDirectory() throws IOException {
    labDir = Files.createDirectories(tmp.resolve("lab"));
    Files.createDirectories(labDir.resolve("plugins"));
  }

  private PluginRegistry load(PluginJarBuilder jar) {
    jar.writeTo(labDir.resolve("plugins/acme.jar"));
    PluginRegistry registry = PluginRegistry.load(null, labDir.resolve("plugins"));
    assertThat(registry.refused()).isEmpty();
    return registry;
  }

  private static PluginJarBuilder acme() {
    return PluginJarBuilder.plugin("acme").source(TestPlugins.installer("AcmeInstaller", "acme", "acmeos"))
        .resource("lab-templates/acme/answer.sh.ftl", ANSWER)
        .resource("lab-templates/acme/parts/disk.sh.ftl", PART);
  }

  @Test
  void copiesEveryBundledTemplateOfAPluginJar() throws IOException {
    try (PluginRegistry registry = load(acme())) {
      Path dir = labDir.resolve("templates/acme");
      assertThat(TemplateEject.eject(registry.byName("acme").orElseThrow(), labDir, false))
          .containsExactly(dir.resolve("answer.sh.ftl"), dir.resolve("parts/disk.sh.ftl"));
      assertThat(dir.resolve("answer.sh.ftl")).hasContent(ANSWER);
      assertThat(dir.resolve("parts/disk.sh.ftl")).hasContent(PART);
    }
  }

  @Test
  void listsTemplatesOfAJarWithoutFolderEntries() throws IOException {
    try (PluginRegistry registry = load(acme().withoutDirectoryEntries())) {
      assertThat(TemplateEject.eject(registry.byName("acme").orElseThrow(), labDir, false)).hasSize(2);
    }
  }

  @Test
  void refusesToOverwriteTemplatesAlreadyInTheLabDirectory() throws IOException {
    Path mine = Files.createDirectories(labDir.resolve("templates/acme")).resolve("answer.sh.ftl");
    Files.writeString(mine, "<#ftl output_format=\"shell\">\nMINE\n");
    try (PluginRegistry registry = load(acme())) {
      assertThatThrownBy(() -> TemplateEject.eject(registry.byName("acme").orElseThrow(), labDir, false))
          .isInstanceOf(FileAlreadyExistsException.class)
          .hasMessage(labDir.resolve("templates/acme")
              + ": already holds answer.sh.ftl; eject with force to overwrite");
      assertThat(mine).hasContent("<#ftl output_format=\"shell\">\nMINE\n");
      assertThat(labDir.resolve("templates/acme/parts")).doesNotExist();
    }
  }

  @Test
  void overwritesWhenForced() throws IOException {
    Path mine = Files.createDirectories(labDir.resolve("templates/acme")).resolve("answer.sh.ftl");
    Files.writeString(mine, "<#ftl output_format=\"shell\">\nMINE\n");
    try (PluginRegistry registry = load(acme())) {
      TemplateEject.eject(registry.byName("acme").orElseThrow(), labDir, true);
      assertThat(mine).hasContent(ANSWER);
    }
  }

  @Test
  void anEditedEjectedTemplateIsWhatRenders() throws IOException {
    try (PluginRegistry registry = load(acme())) {
      LoadedPlugin acme = registry.byName("acme").orElseThrow();
      TemplateEject.eject(acme, labDir, false);
      Files.writeString(labDir.resolve("templates/acme/answer.sh.ftl"), TestPlugins.answerTemplate("EDITED"));
      InstallConfig config = TestPlugins.config(TestPlugins.image("acme-1", "acmeos", null), InstallMethod.NATIVE);
      TemplateEngine engine = new TemplateEngine(labDir.resolve("templates"));
      assertThat(acme.plugin().generateAnswerFiles(config, acme.templates(engine)).get(0).content())
          .endsWith("\nEDITED=web01\n");
    }
  }

  @Test
  void pluginWithoutTemplatesHasNothingToEject() {
    try (PluginRegistry registry = load(PluginJarBuilder.plugin("acme")
        .source(TestPlugins.installer("AcmeInstaller", "acme", "acmeos")))) {
      assertThatThrownBy(() -> TemplateEject.eject(registry.byName("acme").orElseThrow(), labDir, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("acme bundles no template to eject");
    }
  }
}
