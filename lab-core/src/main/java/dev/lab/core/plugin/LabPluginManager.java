package dev.lab.core.plugin;

import dev.lab.api.LabVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.ExtensionFinder;
import org.pf4j.IndexedExtensionFinder;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;

/**
 * PF4J configured for Lab: plugin jars only (never PF4J's development mode, whatever the {@code
 * pf4j.mode} system property says), extensions read from each jar's own {@code
 * META-INF/extensions.idx} and never from the application class path, no {@code enabled.txt} /
 * {@code disabled.txt} files, and Lab's release as the system version that {@code Plugin-Requires}
 * is checked against.
 */
final class LabPluginManager extends JarPluginManager {

  LabPluginManager(List<Path> roots) {
    super(roots.toArray(Path[]::new));
    setSystemVersion(LabVersion.release());
  }

  @Override
  protected List<Path> createPluginsRoot() {
    return List.of(); // no default "plugins" folder and no pf4j.pluginsDir: Lab names its folders
  }

  @Override
  public RuntimeMode getRuntimeMode() {
    return RuntimeMode.DEPLOYMENT;
  }

  @Override
  protected ExtensionFinder createExtensionFinder() {
    IndexedExtensionFinder finder = new IndexedExtensionFinder(this) {
      @Override
      public Map<String, Set<String>> readClasspathStorages() {
        return Map.of();
      }
    };
    // The finder caches what it read; plugin state changes clear that cache.
    addPluginStateListener(finder);
    return finder;
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    return new PluginStatusProvider() {
      @Override
      public boolean isPluginDisabled(String pluginId) {
        return false;
      }

      @Override
      public void disablePlugin(String pluginId) {
        throw new UnsupportedOperationException("Lab does not disable plugins: remove the jar instead");
      }

      @Override
      public void enablePlugin(String pluginId) {
        // every plugin is enabled
      }
    };
  }

  /** @return whether a {@code Plugin-Requires} expression admits this Lab, as PF4J checks it */
  boolean admits(String requires) {
    String expression = requires.trim();
    if (!isExactVersionAllowed() && expression.matches("\\d+\\.\\d+\\.\\d+")) {
      expression = ">=" + expression; // PF4J reads a bare version as a minimum
    }
    return getVersionManager().checkVersionConstraint(getSystemVersion(), expression);
  }
}
