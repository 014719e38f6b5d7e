package dev.lab.core.plugin;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The installer plugins Lab loaded, and the jars it refused.
 *
 * <p>Plugins come from two folders, each holding PF4J plugin jars: the distribution's {@code
 * plugins/} (Lab's built-in plugins, which must never also be on the application class path) and
 * the lab directory's {@code plugins/} (third-party jars). Each jar is checked and loaded on its
 * own; a jar that cannot be used is refused with a {@link PluginRefusal} naming it and the reason,
 * and the others still load. Where two jars claim the same plugin id or name, the first one keeps
 * it: built-in jars before the lab directory's, then by file name.
 *
 * <p>Closing the registry unloads every plugin and closes its class loader; its plugins must not be
 * used afterwards.
 */
public final class PluginRegistry implements AutoCloseable {
  private final LabPluginManager manager;
  private final List<LoadedPlugin> plugins;
  private final List<PluginRefusal> refused;
  private final PluginSelector selector;
  private boolean closed;

  private PluginRegistry(LabPluginManager manager, List<LoadedPlugin> plugins, List<PluginRefusal> refused) {
    this.manager = manager;
    this.plugins = plugins.stream().sorted(Comparator.comparing(LoadedPlugin::name)).toList();
    this.refused = List.copyOf(refused);
    this.selector = new PluginSelector(this.plugins);
  }

  /**
   * Loads the built-in plugins and the lab directory's plugins.
   *
   * @param builtinDir the distribution's {@code plugins/} folder; nullable, need not exist
   * @param labPluginsDir the lab directory's {@code plugins/} folder; nullable, need not exist
   * @return the registry; never throws for a bad jar (see {@link #refused()})
   */
  public static PluginRegistry load(Path builtinDir, Path labPluginsDir) {
    List<Path> roots = new ArrayList<>();
    boolean builtIn = isDirectory(builtinDir);
    boolean lab = isDirectory(labPluginsDir) && !(builtIn && sameFolder(builtinDir, labPluginsDir));
    if (builtIn) {
      roots.add(builtinDir);
    }
    if (lab) {
      roots.add(labPluginsDir);
    }
    LabPluginManager manager = new LabPluginManager(roots);
    PluginLoading loading = new PluginLoading(manager);
    if (builtIn) {
      loading.folder(builtinDir, true);
    }
    if (lab) {
      loading.folder(labPluginsDir, false);
    }
    return new PluginRegistry(manager, loading.plugins(), loading.refusals());
  }

  /** @return the loaded plugins, sorted by name */
  public List<LoadedPlugin> plugins() {
    return plugins;
  }

  /** @return the refused jars, in the order they were tried */
  public List<PluginRefusal> refused() {
    return refused;
  }

  /** @return the plugin of this name, if loaded */
  public Optional<LoadedPlugin> byName(String name) {
    return plugins.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Finds the one plugin that installs an image with a method on an architecture. An image's {@code
   * installer} names the plugin explicitly (it must then implement the method and the architecture;
   * its OS families are not consulted). Otherwise the plugin is found by OS family (a plugin with no
   * OS families, such as the rootfs deployer, serves any OS), method and architecture.
   *
   * @return the plugin
   * @throws PluginSelectionException if no plugin or several plugins match; its message lists every
   *     candidate and why each was refused, or every plugin that matched
   */
  public LoadedPlugin select(Image image, InstallMethod method, Architecture arch) {
    return selector.select(image, method, arch, null);
  }

  /**
   * Like {@link #select(Image, InstallMethod, Architecture)} for a configuration's image, method and
   * architecture, and a plugin whose {@link dev.lab.api.InstallerPlugin#validate validation} reports a
   * problem on {@code profile.method} (for example "not implemented yet") is refused with that
   * problem: it does not serve this configuration, and another plugin may.
   */
  public LoadedPlugin select(InstallConfig config) {
    return selector.select(config.image(), config.profile().method(), config.arch(), config);
  }

  /**
   * Unloads every plugin (stopping it first) and closes its class loader. Safe to call twice.
   *
   * @throws IllegalStateException if a plugin could not be unloaded; every other plugin still is
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    IllegalStateException failure = null;
    Set<String> ids = new LinkedHashSet<>();
    plugins.forEach(p -> ids.add(p.id()));
    for (String id : ids) {
      try {
        manager.unloadPlugin(id);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = new IllegalStateException("cannot unload plugin " + id + ": " + Failures.describe(e), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static boolean isDirectory(Path dir) {
    return dir != null && Files.isDirectory(dir);
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
