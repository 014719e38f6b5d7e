package dev.lab.core.plugin;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.Templates;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.render.TemplateEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One installer plugin Lab loaded, with what {@code lab plugins list} shows about it. The plugin's
 * own answers (name, description, OS families, architectures, methods) are read once, when it is
 * loaded, and checked then.
 *
 * @param plugin the extension instance
 * @param id the jar's {@code Plugin-Id}
 * @param version the jar's {@code Plugin-Version}
 * @param source the jar it was loaded from
 * @param builtIn whether the jar is one of Lab's own (the distribution's {@code plugins/} folder)
 *     rather than a third-party jar from the lab directory
 * @param classLoader the jar's own class loader, which holds its bundled templates
 * @param name {@link InstallerPlugin#name()}: lowercase letters, digits and dashes
 * @param description {@link InstallerPlugin#description()}, one line
 * @param osFamilies {@link InstallerPlugin#osFamilies()}, sorted; empty when it serves any OS
 * @param architectures {@link InstallerPlugin#supportedArchitectures()}, sorted, never empty
 * @param methods {@link InstallerPlugin#methods()}, sorted, never empty
 */
public record LoadedPlugin(
    InstallerPlugin plugin,
    String id,
    String version,
    Path source,
    boolean builtIn,
    ClassLoader classLoader,
    String name,
    String description,
    List<String> osFamilies,
    List<Architecture> architectures,
    List<InstallMethod> methods) {

  public LoadedPlugin {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    osFamilies = List.copyOf(osFamilies);
    architectures = List.copyOf(architectures);
    methods = List.copyOf(methods);
  }

  /** @return {@code built-in} or the jar's path, for listings */
  public String origin() {
    return builtIn ? "built-in" : source.toString();
  }

  /** @return this plugin's templates from its own jar, with the engine's lab-directory overrides */
  public Templates templates(TemplateEngine engine) {
    return engine.forNamespace(name, classLoader);
  }
}
