package dev.lab.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the jars of plugins folders one by one, in a fixed order (folders in the order given, jars
 * by file name), so that the first jar to claim a plugin id or name keeps it and every later one is
 * refused, naming the jar that kept it. A refused jar is unloaded again; the others are unaffected.
 */
final class PluginLoading {
  private static final Logger LOG = LoggerFactory.getLogger(PluginLoading.class);
  private final LabPluginManager manager;
  private final Map<String, Path> ids = new HashMap<>();
  private final Map<String, Path> names = new HashMap<>();
  private final List<LoadedPlugin> plugins = new ArrayList<>();
  private final List<PluginRefusal> refusals = new ArrayList<>();

  PluginLoading(LabPluginManager manager) {
    this.manager = manager;
  }

  List<LoadedPlugin> plugins() {
    return plugins;
  }

  List<PluginRefusal> refusals() {
    return refusals;
  }

  /** Loads every jar of one folder; hidden files are ignored, anything else that is not a jar refused. */
  void folder(Path dir, boolean builtIn) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      refusals.add(new PluginRefusal(dir, "cannot be listed: " + Failures.describe(e)));
      return;
    }
    for (Path entry : entries) {
      try {
        if (!Files.isRegularFile(entry) || !entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
          throw new RefusedException("is not a plugin jar: Lab loads only *.jar files from a plugins folder");
        }
        plugins.addAll(jar(entry, builtIn));
      } catch (RefusedException e) {
        refusals.add(new PluginRefusal(entry, e.getMessage()));
      }
    }
  }

  private List<LoadedPlugin> jar(Path jar, boolean builtIn) throws RefusedException {
    PluginDescriptor descriptor = PluginJarFile.inspect(jar, manager);
    String id = descriptor.getPluginId();
    if (ids.containsKey(id)) {
      throw new RefusedException("plugin id '" + id + "' is already taken by " + ids.get(id));
    }
    try {
      manager.loadPlugin(jar);
    } catch (RuntimeException e) {
      if (manager.getPlugin(id) != null) {
        unload(id);
      }
      throw new RefusedException("cannot be loaded: " + Failures.describe(e));
    }
    try {
      PluginWrapper wrapper = manager.getPlugin(id);
      start(wrapper);
      List<LoadedPlugin> found = PluginExtensions.create(manager, wrapper, builtIn);
      claimNames(found, jar);
      ids.put(id, jar);
      return found;
    } catch (RefusedException e) {
      unload(id);
      throw e;
    } catch (RuntimeException e) {
      unload(id);
      throw new RefusedException("cannot be started: " + Failures.describe(e));
    }
  }

  private void start(PluginWrapper wrapper) throws RefusedException {
    String pluginClass = wrapper.getDescriptor().getPluginClass();
    if (wrapper.getPlugin() == null) {
      throw new RefusedException("its Plugin-Class " + pluginClass + " cannot be created: it must be a public,"
          + " non-abstract subclass of org.pf4j.Plugin with a public constructor");
    }
    PluginState state = manager.startPlugin(wrapper.getPluginId());
    if (state != PluginState.STARTED) {
      Throwable failure = wrapper.getFailedException();
      throw new RefusedException("its Plugin-Class " + pluginClass + " failed to start: "
          + (failure == null ? "its state is " + state : Failures.describe(failure)));
    }
  }

  private void claimNames(List<LoadedPlugin> found, Path jar) throws RefusedException {
    Map<String, Path> claimed = new HashMap<>();
    for (LoadedPlugin plugin : found) {
      Path holder = names.containsKey(plugin.name()) ? names.get(plugin.name()) : claimed.get(plugin.name());
      if (holder != null) {
        throw new RefusedException("plugin name '" + plugin.name() + "' is already taken by " + holder);
      }
      claimed.put(plugin.name(), jar);
    }
    names.putAll(claimed);
  }

  private void unload(String id) {
    try {
      manager.unloadPlugin(id);
    } catch (RuntimeException e) {
      // The jar is refused either way; a class loader that will not close only keeps a file open.
      LOG.warn("cannot unload refused plugin {}", id, e);
    }
  }
}
