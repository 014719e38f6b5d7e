package dev.lab.core.ssh;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.plugin.LoadedPlugin;
import dev.lab.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the installer plugin whose enrollment script fits a running OS: the first OS family (the
 * os-release ID, then each ID_LIKE entry) that a plugin names among its {@code osFamilies} for the
 * machine's architecture; among several, a native installer plugin first, then by name.
 */
final class OsPlugins {
  private OsPlugins() {}

  static LoadedPlugin select(PluginRegistry registry, OsRelease os, Architecture arch) {
    for (String family : os.families()) {
      Optional<LoadedPlugin> found = registry.plugins().stream()
          .filter(p -> p.osFamilies().contains(family) && p.architectures().contains(arch))
          .min(Comparator.comparing((LoadedPlugin p) -> !p.methods().contains(InstallMethod.NATIVE))
              .thenComparing(LoadedPlugin::name));
      if (found.isPresent()) {
        return found.get();
      }
    }
    List<String> offered = new ArrayList<>();
    for (LoadedPlugin p : registry.plugins()) {
      if (!p.osFamilies().isEmpty()) {
        offered.add(p.name() + " " + p.osFamilies() + " " + p.architectures());
      }
    }
    throw new SshFailure("no plugin enrolls " + os.prettyName() + " (" + String.join(", ", os.families()) + ", "
        + arch + "): the plugins serve " + (offered.isEmpty() ? "no OS family" : String.join("; ", offered)));
  }
}
