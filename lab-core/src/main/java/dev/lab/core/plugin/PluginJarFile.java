package dev.lab.core.plugin;

import dev.lab.api.LabVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;

/**
 * What Lab checks in a plugin jar before PF4J loads it: that it is a jar, that its manifest holds
 * the plugin descriptor, that it admits this Lab version, that PF4J's annotation processor wrote its
 * extension index, and that it does not carry its own copy of Lab's API.
 */
final class PluginJarFile {
  static final String EXTENSION_INDEX = "META-INF/extensions.idx";
  private static final String API_PACKAGE = "dev/lab/api/";

  private PluginJarFile() {}

  /**
   * @return the jar's plugin descriptor
   * @throws RefusedException naming the first thing wrong with the jar
   */
  static PluginDescriptor inspect(Path jar, LabPluginManager manager) throws RefusedException {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      PluginDescriptor descriptor = descriptor(manifest);
      checkRequires(descriptor, manager);
      if (file.getEntry(EXTENSION_INDEX) == null) {
        throw new RefusedException("has no " + EXTENSION_INDEX + ": was PF4J's annotation processor run? (javac 23"
            + " and later run no processor found on the class path: name"
            + " org.pf4j.processor.ExtensionAnnotationProcessor in the compiler's annotation processors)");
      }
      if (file.stream().anyMatch(e -> e.getName().startsWith(API_PACKAGE))) {
        throw new RefusedException("bundles its own copy of Lab's API (" + API_PACKAGE + "): depend on lab-api"
            + " with scope provided, Lab supplies it");
      }
      return descriptor;
    } catch (IOException e) {
      throw new RefusedException("cannot be read as a jar (zip) file: " + e.getMessage());
    }
  }

  private static PluginDescriptor descriptor(Manifest manifest) throws RefusedException {
    Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
    String id = main.getValue(ManifestPluginDescriptorFinder.PLUGIN_ID);
    if (blank(id)) {
      throw new RefusedException("has no plugin descriptor: its META-INF/MANIFEST.MF declares no Plugin-Id"
          + " (a Lab plugin jar declares Plugin-Id, Plugin-Version and Plugin-Requires there)");
    }
    if (blank(main.getValue(ManifestPluginDescriptorFinder.PLUGIN_VERSION))) {
      throw new RefusedException("its manifest declares Plugin-Id '" + id + "' but no Plugin-Version");
    }
    if (blank(main.getValue(ManifestPluginDescriptorFinder.PLUGIN_REQUIRES))) {
      throw new RefusedException("its manifest declares no Plugin-Requires: state the Lab versions it works"
          + " with, for example >=" + LabVersion.release());
    }
    String dependencies = main.getValue(ManifestPluginDescriptorFinder.PLUGIN_DEPENDENCIES);
    if (!blank(dependencies)) {
      throw new RefusedException("its manifest declares Plugin-Dependencies (" + dependencies.strip()
          + "): a Lab plugin depends on lab-api only");
    }
    return new DescriptorReader().read(manifest);
  }

  private static void checkRequires(PluginDescriptor descriptor, LabPluginManager manager) throws RefusedException {
    String requires = descriptor.getRequires().strip();
    boolean admitted;
    try {
      admitted = manager.admits(requires);
    } catch (RuntimeException e) {
      throw new RefusedException("its Plugin-Requires '" + requires + "' is not a version range (write for"
          + " example >=" + LabVersion.release() + ")");
    }
    if (!admitted) {
      throw new RefusedException("requires Lab " + requires + ", but this is Lab " + LabVersion.release());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** PF4J's own reading of the manifest, so Lab checks exactly the descriptor PF4J will load. */
  private static final class DescriptorReader extends ManifestPluginDescriptorFinder {
    PluginDescriptor read(Manifest manifest) {
      return createPluginDescriptor(manifest);
    }
  }
}
