package dev.lab.core.plugin;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.plugin.PluginSelectionException.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the one plugin that installs an image with a method on an architecture, or explains why
 * there is none: every candidate is asked, and every refusal is reported together.
 */
final class PluginSelector {
  /** The property on which a plugin's validation says it cannot serve a configuration at all. */
  static final String METHOD_PROPERTY = "profile.method";
  private static final String MATCHES = "matches";

  private final List<LoadedPlugin> plugins;

  PluginSelector(List<LoadedPlugin> plugins) {
    this.plugins = List.copyOf(plugins);
  }

  /**
   * @param config the configuration to ask matching plugins' validation about; nullable to match on
   *     OS family, method and architecture only
   */
  LoadedPlugin select(Image image, InstallMethod method, Architecture arch, InstallConfig config) {
    String request = "image " + image.name() + " (os " + image.os() + ") with method " + method + " on " + arch;
    if (image.installer() != null) {
      return named(image, method, arch, config, request);
    }
    List<Candidate> candidates = new ArrayList<>();
    List<LoadedPlugin> matching = new ArrayList<>();
    for (LoadedPlugin plugin : plugins) {
      String refusal = refusal(plugin, image, method, arch, config, true);
      candidates.add(new Candidate(plugin.name(), refusal == null ? MATCHES : refusal));
      if (refusal == null) {
        matching.add(plugin);
      }
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (matching.isEmpty()) {
      String why = plugins.isEmpty() ? ": no installer plugin is loaded"
          : ":" + candidates.stream().map(c -> "\n  " + c).collect(Collectors.joining());
      throw new PluginSelectionException("no installer plugin can install " + request + why, candidates);
    }
    throw new PluginSelectionException("several installer plugins can install " + request + ": "
        + matching.stream().map(p -> p.name() + " (" + p.origin() + ")").collect(Collectors.joining(", "))
        + "; name one in the image's installer", candidates);
  }

  private LoadedPlugin named(Image image, InstallMethod method, Architecture arch, InstallConfig config,
      String request) {
    LoadedPlugin plugin = plugins.stream().filter(p -> p.name().equals(image.installer())).findFirst()
        .orElseThrow(() -> new PluginSelectionException("image " + image.name() + " names installer '"
            + image.installer() + "', which is not loaded (loaded: "
            + (plugins.isEmpty() ? "none" : plugins.stream().map(LoadedPlugin::name).collect(Collectors.joining(", ")))
            + ")", List.of()));
    // The image chose this plugin for its OS: only what it cannot do at all refuses it.
    String refusal = refusal(plugin, image, method, arch, config, false);
    if (refusal == null) {
      return plugin;
    }
    throw new PluginSelectionException("image " + image.name() + " names installer '" + plugin.name()
        + "', which cannot install " + request + ": " + refusal, List.of(new Candidate(plugin.name(), refusal)));
  }

  /** @return why the plugin cannot serve the request, or null when it can */
  private static String refusal(LoadedPlugin plugin, Image image, InstallMethod method, Architecture arch,
      InstallConfig config, boolean matchOs) {
    List<String> reasons = new ArrayList<>();
    if (matchOs && !plugin.osFamilies().isEmpty() && !plugin.osFamilies().contains(image.os())) {
      reasons.add("serves " + join(plugin.osFamilies()) + ", not " + image.os());
    }
    if (!plugin.methods().contains(method)) {
      reasons.add("implements method " + join(plugin.methods()) + ", not " + method);
    }
    if (!plugin.architectures().contains(arch)) {
      reasons.add("supports " + join(plugin.architectures()) + ", not " + arch);
    }
    if (reasons.isEmpty() && config != null) {
      reasons.addAll(methodProblems(plugin, config));
    }
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }

  private static List<String> methodProblems(LoadedPlugin plugin, InstallConfig config) {
    try {
      return plugin.plugin().validate(config).stream()
          .filter(p -> p.property().equals(METHOD_PROPERTY))
          .map(Problem::message)
          .toList();
    } catch (RuntimeException | LinkageError e) {
      return List.of("its validation failed: " + Failures.describe(e));
    }
  }

  private static String join(Collection<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
