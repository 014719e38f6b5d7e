package dev.lab.core.plugin;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pf4j.PluginWrapper;

/**
 * Creates the {@link InstallerPlugin} extensions a loaded jar lists in its extension index, loudly:
 * a listed class that cannot be loaded or created, a jar without any installer plugin, or a plugin
 * that describes itself badly refuses the whole jar (PF4J itself would log and skip).
 */
final class PluginExtensions {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private PluginExtensions() {}

  static List<LoadedPlugin> create(LabPluginManager manager, PluginWrapper wrapper, boolean builtIn)
      throws RefusedException {
    ClassLoader loader = wrapper.getPluginClassLoader();
    List<String> classNames = List.copyOf(new TreeSet<>(manager.getExtensionClassNames(wrapper.getPluginId())));
    List<LoadedPlugin> plugins = new ArrayList<>();
    for (String className : classNames) {
      Class<?> type;
      try {
        type = loader.loadClass(className);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RefusedException("extension " + className + " (listed in " + PluginJarFile.EXTENSION_INDEX
            + ") cannot be loaded: " + Failures.describe(e));
      }
      if (InstallerPlugin.class.isAssignableFrom(type)) {
        plugins.add(describe(instantiate(manager, type), className, wrapper, builtIn));
      }
    }
    if (plugins.isEmpty()) {
      throw new RefusedException("has no InstallerPlugin extension: its " + PluginJarFile.EXTENSION_INDEX
          + (classNames.isEmpty() ? " lists no class"
              : " lists " + String.join(", ", classNames) + ", none of which implements "
                  + InstallerPlugin.class.getName()));
    }
    return plugins;
  }

  private static InstallerPlugin instantiate(LabPluginManager manager, Class<?> type) throws RefusedException {
    try {
      return (InstallerPlugin) manager.getExtensionFactory().create(type);
    } catch (RuntimeException | LinkageError e) {
      throw new RefusedException("extension " + type.getName() + " cannot be created: " + Failures.describe(e));
    }
  }

  private static LoadedPlugin describe(InstallerPlugin plugin, String className, PluginWrapper wrapper,
      boolean builtIn) throws RefusedException {
    String name;
    String description;
    Set<String> osFamilies;
    Set<Architecture> architectures;
    Set<InstallMethod> methods;
    try {
      name = plugin.name();
      description = plugin.description();
      osFamilies = plugin.osFamilies();
      architectures = plugin.supportedArchitectures();
      methods = plugin.methods();
    } catch (RuntimeException | LinkageError e) {
      throw new RefusedException("extension " + className + " fails to describe itself: " + Failures.describe(e));
    }
    String what = "extension " + className + " ";
    if (name == null || !NAME.matcher(name).matches()) {
      throw new RefusedException(what + "is named '" + name + "': a plugin name is lowercase letters, digits"
          + " and dashes, starting with a letter");
    }
    if (TemplateEngine.CORE.equals(name)) {
      throw new RefusedException(what + "is named '" + name + "', which Lab reserves for its shared templates");
    }
    if (description == null || description.isBlank() || description.contains("\n")) {
      throw new RefusedException(what + "(" + name + ") must describe itself in one non-blank line");
    }
    if (osFamilies == null) {
      throw new RefusedException(what + "(" + name + ") returns no OS families: return an empty set to serve any OS");
    }
    if (architectures == null || architectures.isEmpty()) {
      throw new RefusedException(what + "(" + name + ") supports no architecture");
    }
    if (methods == null || methods.isEmpty()) {
      throw new RefusedException(what + "(" + name + ") implements no install method");
    }
    try {
      return new LoadedPlugin(plugin, wrapper.getPluginId(), wrapper.getDescriptor().getVersion(),
          wrapper.getPluginPath(), builtIn, wrapper.getPluginClassLoader(), name, description.strip(),
          List.copyOf(new TreeSet<>(osFamilies)), List.copyOf(new TreeSet<>(architectures)),
          List.copyOf(new TreeSet<>(methods)));
    } catch (NullPointerException e) {
      throw new RefusedException(what + "(" + name + ") lists a null OS family, architecture or method");
    }
  }
}
