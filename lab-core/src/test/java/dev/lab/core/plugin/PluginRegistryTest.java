package dev.lab.core.plugin;

import static dev.lab.core.plugin.TestPlugins.goodJar;
import static dev.lab.core.plugin.TestPlugins.installer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.LabVersion;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

class PluginRegistryTest {
  @TempDir
  Path tmp;
  Path builtin;
  Path lab;

  @BeforeEach
  void folders() throws IOException {
    builtin = Files.createDirectories(tmp.resolve("dist/plugins"));
    lab = Files.createDirectories(tmp.resolve("lab/plugins"));
  }

  /** A good jar beside each bad one: it must load whatever the bad one does. */
  private Path good() {
    return goodJar(lab, "good.jar", "good", "good", "goodos");
  }

  /** Loads the bad jar beside a good one: the bad one is refused for exactly this reason, the good one loads. */
  private void assertRefusedBesideGood(Path bad, String reason) {
    good();
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.refused()).containsExactly(new PluginRefusal(bad, reason));
      assertThat(registry.plugins()).extracting(LoadedPlugin::name).containsExactly("good");
    }
  }

  @Test
  void thirdPartyJarLoadsWithWhatThePluginListShows() {
    Path jar = goodJar(lab, "acme-installer-1.0.0.jar", "acme", "acme", "acmeos");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.refused()).isEmpty();
      LoadedPlugin acme = registry.byName("acme").orElseThrow();
      assertThat(acme.id()).isEqualTo("acme");
      assertThat(acme.version()).isEqualTo("1.0.0");
      assertThat(acme.source()).isEqualTo(jar);
      assertThat(acme.builtIn()).isFalse();
      assertThat(acme.origin()).isEqualTo(jar.toString());
      assertThat(acme.description()).isEqualTo("acme test installer");
      assertThat(acme.osFamilies()).containsExactly("acmeos");
      assertThat(acme.architectures()).containsExactly(Architecture.X86_64, Architecture.AARCH64);
      assertThat(acme.methods()).containsExactly(InstallMethod.NATIVE);
      assertThat(acme.classLoader()).isInstanceOf(PluginClassLoader.class);
      assertThat(acme.plugin().getClass().getClassLoader()).isSameAs(acme.classLoader());
    }
  }

  @Test
  void builtInAndThirdPartyPluginsAreListedByName() {
    goodJar(builtin, "installer-zeta.jar", "zeta", "zeta", "zetaos");
    goodJar(lab, "alpha.jar", "alpha", "alpha", "alphaos");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.plugins()).extracting(LoadedPlugin::name, LoadedPlugin::builtIn)
          .containsExactly(tuple("alpha", false),
              tuple("zeta", true));
      assertThat(registry.byName("zeta").orElseThrow().origin()).isEqualTo("built-in");
    }
  }

  @Test
  void thirdPartyPluginIsSelectedForItsOs() {
    goodJar(lab, "acme.jar", "acme", "acme", "acmeos");
    goodJar(builtin, "installer-other.jar", "other", "other", "otheros");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.select(TestPlugins.image("acme-1", "acmeos", null), InstallMethod.NATIVE,
          Architecture.X86_64).name()).isEqualTo("acme");
    }
  }

  @Test
  void selectionErrorListsEveryLoadedPlugin() {
    goodJar(lab, "acme.jar", "acme", "acme", "acmeos");
    goodJar(builtin, "installer-other.jar", "other", "other", "otheros");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThatThrownBy(() -> registry.select(TestPlugins.image("gentoo-1", "gentoo", null), InstallMethod.NATIVE,
          Architecture.RISCV64))
          .isInstanceOf(PluginSelectionException.class)
          .hasMessage("no installer plugin can install image gentoo-1 (os gentoo) with method native on riscv64:\n"
              + "  acme: serves acmeos, not gentoo; supports x86_64, aarch64, not riscv64\n"
              + "  other: serves otheros, not gentoo; supports x86_64, aarch64, not riscv64");
    }
  }

  @Test
  void thirdPartyPluginRendersItsOwnTemplateThroughItsClassLoader() {
    goodJar(lab, "acme.jar", "acme", "acme", "acmeos");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      LoadedPlugin acme = registry.byName("acme").orElseThrow();
      InstallConfig config = TestPlugins.config(TestPlugins.image("acme-1", "acmeos", null), InstallMethod.NATIVE);
      assertThat(acme.plugin().generateAnswerFiles(config, acme.templates(new TemplateEngine(null))))
          .containsExactly(new RenderedFile("answer.sh", "text/x-shellscript",
              "# 'generated by Lab " + LabVersion.get() + "'\nHOST=web01\n"));
    }
  }

  @Test
  void missingOrUnsetFoldersLoadNothing() {
    try (PluginRegistry none = PluginRegistry.load(null, null);
        PluginRegistry missing = PluginRegistry.load(tmp.resolve("nope"), tmp.resolve("nope2"))) {
      assertThat(none.plugins()).isEmpty();
      assertThat(none.refused()).isEmpty();
      assertThat(missing.plugins()).isEmpty();
      assertThat(missing.refused()).isEmpty();
    }
  }

  @Test
  void corruptJarIsRefused() throws IOException {
    Path bad = Files.writeString(lab.resolve("broken.jar"), "this is not a zip file");
    assertRefusedBesideGood(bad, "cannot be read as a jar (zip) file: zip END header not found");
  }

  @Test
  void jarWithoutExtensionIndexIsRefused() {
    Path bad = PluginJarBuilder.plugin("noindex").source(installer("NoIndexInstaller", "noindex", "x"))
        .withoutExtensionIndex().writeTo(lab.resolve("noindex.jar"));
    assertRefusedBesideGood(bad, "has no META-INF/extensions.idx: was PF4J's annotation processor run? (javac 23 and"
        + " later run no processor found on the class path: name org.pf4j.processor.ExtensionAnnotationProcessor"
        + " in the compiler's annotation processors)");
  }

  @Test
  void jarWithoutDescriptorIsRefused() {
    Path bad = PluginJarBuilder.plugin("nodescriptor").withoutDescriptor()
        .source(installer("NoDescriptorInstaller", "nodescriptor", "x")).writeTo(lab.resolve("nodescriptor.jar"));
    assertRefusedBesideGood(bad, "has no plugin descriptor: its META-INF/MANIFEST.MF declares no Plugin-Id (a Lab"
        + " plugin"
        + " jar declares Plugin-Id, Plugin-Version and Plugin-Requires there)");
  }

  @Test
  void jarWithoutVersionIsRefused() {
    Path bad = PluginJarBuilder.plugin("noversion").manifest("Plugin-Version", null)
        .source(installer("NoVersionInstaller", "noversion", "x")).writeTo(lab.resolve("noversion.jar"));
    assertRefusedBesideGood(bad, "its manifest declares Plugin-Id 'noversion' but no Plugin-Version");
  }

  @Test
  void jarThatDoesNotSayWhichLabItNeedsIsRefused() {
    Path bad = PluginJarBuilder.plugin("norequires").manifest("Plugin-Requires", null)
        .source(installer("NoRequiresInstaller", "norequires", "x")).writeTo(lab.resolve("norequires.jar"));
    assertRefusedBesideGood(bad, "its manifest declares no Plugin-Requires: state the Lab versions it works with, for"
        + " example >=" + LabVersion.release());
  }

  @Test
  void jarRequiringAnotherLabVersionIsRefused() {
    Path bad = PluginJarBuilder.plugin("future").manifest("Plugin-Requires", ">=9.0.0")
        .source(installer("FutureInstaller", "future", "x")).writeTo(lab.resolve("future.jar"));
    assertRefusedBesideGood(bad, "requires Lab >=9.0.0, but this is Lab " + LabVersion.release());
  }

  @Test
  void jarWithUnreadableVersionRangeIsRefused() {
    Path bad = PluginJarBuilder.plugin("garbled").manifest("Plugin-Requires", "lab one")
        .source(installer("GarbledInstaller", "garbled", "x")).writeTo(lab.resolve("garbled.jar"));
    assertRefusedBesideGood(bad, "its Plugin-Requires 'lab one' is not a version range (write for example >="
        + LabVersion.release() + ")");
  }

  @Test
  void jarDependingOnAnotherPluginIsRefused() {
    Path bad = PluginJarBuilder.plugin("needy").manifest("Plugin-Dependencies", "good")
        .source(installer("NeedyInstaller", "needy", "x")).writeTo(lab.resolve("needy.jar"));
    assertRefusedBesideGood(bad,
        "its manifest declares Plugin-Dependencies (good): a Lab plugin depends on lab-api only");
  }

  @Test
  void duplicatePluginIdIsRefusedNamingTheJarThatKeepsIt() {
    Path first = goodJar(lab, "a-first.jar", "acme", "acme", "acmeos");
    Path second = goodJar(lab, "b-second.jar", "acme", "acme-two", "acmeos");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.refused()).containsExactly(
          new PluginRefusal(second, "plugin id 'acme' is already taken by " + first));
      assertThat(registry.plugins()).extracting(LoadedPlugin::source).containsExactly(first);
    }
  }

  @Test
  void duplicatePluginNameIsRefusedNamingTheJarThatKeepsIt() {
    Path first = goodJar(lab, "a-first.jar", "acme-one", "acme", "acmeos");
    Path second = goodJar(lab, "b-second.jar", "acme-two", "acme", "acmeos");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.refused()).containsExactly(
          new PluginRefusal(second, "plugin name 'acme' is already taken by " + first));
      assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("acme-one");
    }
  }

  @Test
  void builtInPluginWinsOverALabDirectoryJarOfTheSameName() {
    Path builtIn = goodJar(builtin, "z-installer-kickstart.jar", "kickstart", "kickstart", "fedora");
    Path thirdParty = goodJar(lab, "a-kickstart.jar", "my-kickstart", "kickstart", "fedora");
    try (PluginRegistry registry = PluginRegistry.load(builtin, lab)) {
      assertThat(registry.refused()).containsExactly(
          new PluginRefusal(thirdParty, "plugin name 'kickstart' is already taken by " + builtIn));
      assertThat(registry.byName("kickstart").orElseThrow().builtIn()).isTrue();
    }
  }

  @Test
  void extensionThatFailsToInstantiateIsRefused() {
    Path bad = PluginJarBuilder.plugin("broken")
        .source(installer("BrokenInstaller", "broken", "Set.of(\"x\")", "InstallMethod.NATIVE",
            "public BrokenInstaller() { throw new IllegalStateException(\"licence file missing\"); }"))
        .writeTo(lab.resolve("broken.jar"));
    assertRefusedBesideGood(bad,
        "extension " + TestPlugins.PACKAGE + ".BrokenInstaller cannot be created: licence file missing");
  }

  @Test
  void jarWithoutInstallerPluginExtensionIsRefused() {
    Path bad = PluginJarBuilder.plugin("other")
        .source("package com.example.lab.test;\n"
            + "interface Greeting extends org.pf4j.ExtensionPoint {}\n"
            + "@org.pf4j.Extension\npublic class Hello implements Greeting {}\n")
        .writeTo(lab.resolve("other.jar"));
    assertRefusedBesideGood(bad, "has no InstallerPlugin extension: its META-INF/extensions.idx lists"
        + " com.example.lab.test.Hello, none of which implements dev.lab.api.InstallerPlugin");
  }

  @Test
  void pluginWithAnUnusableNameIsRefused() {
    Path bad = PluginJarBuilder.plugin("spaced").source(installer("SpacedInstaller", "My OS", "x"))
        .writeTo(lab.resolve("spaced.jar"));
    assertRefusedBesideGood(bad, "extension " + TestPlugins.PACKAGE + ".SpacedInstaller is named 'My OS': a plugin"
        + " name is"
        + " lowercase letters, digits and dashes, starting with a letter");
  }

  @Test
  void pluginNamedLikeTheSharedTemplatesIsRefused() {
    Path bad = PluginJarBuilder.plugin("core").source(installer("CoreInstaller", "core", "x"))
        .writeTo(lab.resolve("core.jar"));
    assertRefusedBesideGood(bad, "extension " + TestPlugins.PACKAGE + ".CoreInstaller is named 'core', which Lab"
        + " reserves"
        + " for its shared templates");
  }

  @Test
  void jarBundlingItsOwnCopyOfLabsApiIsRefused() throws IOException {
    byte[] api;
    try (InputStream in = InstallerPlugin.class.getResourceAsStream("InstallerPlugin.class")) {
      api = in.readAllBytes();
    }
    Path bad = PluginJarBuilder.plugin("fat").source(installer("FatInstaller", "fat", "x"))
        .resource("dev/lab/api/InstallerPlugin.class", api).writeTo(lab.resolve("fat.jar"));
    assertRefusedBesideGood(bad, "bundles its own copy of Lab's API (dev/lab/api/): depend on lab-api with scope"
        + " provided,"
        + " Lab supplies it");
  }

  @Test
  void otherFilesInAPluginsFolderAreRefusedAndHiddenOnesIgnored() throws IOException {
    Path notes = Files.writeString(lab.resolve("README.txt"), "my plugins");
    Files.writeString(lab.resolve(".gitkeep"), "");
    assertRefusedBesideGood(notes, "is not a plugin jar: Lab loads only *.jar files from a plugins folder");
  }

  @Test
  void pluginClassThatFailsToStartIsRefused() {
    Path bad = PluginJarBuilder.plugin("nostart").manifest("Plugin-Class", TestPlugins.PACKAGE + ".NoStart")
        .source(installer("NoStartInstaller", "nostart", "x"))
        .source("package com.example.lab.test;\npublic class NoStart extends org.pf4j.Plugin {\n"
            + "  @Override public void start() {\n"
            + "    throw new org.pf4j.PluginRuntimeException(\"no licence server\");\n  }\n}\n")
        .writeTo(lab.resolve("nostart.jar"));
    assertRefusedBesideGood(bad,
        "its Plugin-Class " + TestPlugins.PACKAGE + ".NoStart failed to start: no licence server");
  }

  @Test
  void closeUnloadsEveryPluginAndClosesItsClassLoader() {
    good();
    PluginRegistry registry = PluginRegistry.load(builtin, lab);
    PluginClassLoader loader = (PluginClassLoader) registry.byName("good").orElseThrow().classLoader();
    registry.close();
    assertThat(loader.isClosed()).isTrue();
    registry.close();
  }
}
