package dev.lab.core;

import dev.lab.core.boot.BootScripts;
import dev.lab.core.config.Lab;
import dev.lab.core.config.LabDirectory;
import dev.lab.core.config.LabLoad;
import dev.lab.core.machine.MachineRenderer;
import dev.lab.core.onboard.DiscoveryService;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.JdbcStateStore;
import dev.lab.core.state.StateDatabase;
import dev.lab.core.state.StateStore;
import dev.lab.core.plugin.PluginRegistry;
import dev.lab.core.render.TemplateEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The object graph of one lab directory, wired in one place: the loaded and validated lab
 * directory, the plugins (built-in and the lab directory's own), the template engine with the lab
 * directory's overrides, the boot-chain renderer and the machine renderer. The CLI, the server and
 * the tests all start here.
 */
public final class LabContext implements AutoCloseable {
  private final Path dir;
  private final LabLoad load;
  private final PluginRegistry plugins;
  private final TemplateEngine templates;
  private final BootScripts boot;

  private LabContext(Path dir, LabLoad load, PluginRegistry plugins, TemplateEngine templates) {
    this.dir = dir;
    this.load = load;
    this.plugins = plugins;
    this.templates = templates;
    this.boot = new BootScripts(templates);
  }

  /**
   * Loads a lab directory and the plugins.
   *
   * @param labDir the lab directory
   * @param builtinPlugins the distribution's plugin folder; nullable when there is none
   * @return the context; the lab directory's problems (if any) are in {@link #load()}
   */
  public static LabContext open(Path labDir, Path builtinPlugins) {
    Path dir = labDir.toAbsolutePath().normalize();
    LabLoad load = LabDirectory.load(dir);
    PluginRegistry plugins = PluginRegistry.load(builtinPlugins, dir.resolve("plugins"));
    return new LabContext(dir, load, plugins, new TemplateEngine(dir.resolve("templates")));
  }

  /** @return the lab directory */
  public Path dir() {
    return dir;
  }

  /** @return the result of loading the lab directory, with its problems */
  public LabLoad load() {
    return load;
  }

  /**
   * @return the validated lab directory
   * @throws LabException with every problem when it has any
   */
  public Lab lab() {
    if (!load.ok()) {
      throw new LabException(load.problems());
    }
    return load.lab();
  }

  public PluginRegistry plugins() {
    return plugins;
  }

  public TemplateEngine templates() {
    return templates;
  }

  public BootScripts boot() {
    return boot;
  }

  /** @return a renderer of what machines get, over the validated lab directory */
  public MachineRenderer renderer() {
    return new MachineRenderer(lab(), plugins, templates, boot);
  }

  /**
   * @return the lab's state store (the caller closes it): the shared database lab.yaml's {@code
   *     state} or the process environment names, else the embedded store in {@code state/}
   */
  public StateStore openStore() {
    return openStore(System.getenv());
  }

  /** @return the lab's state store, with {@code LAB_STATE_*} taken from the given environment */
  public StateStore openStore(Map<String, String> env) {
    return StateDatabase.resolve(lab().config().state(), dir, env)
        .map(JdbcStateStore::connect)
        .orElseGet(() -> JdbcStateStore.embedded(dir.resolve("state")));
  }

  /**
   * @return the onboarding lifecycle over a state store, with the lab directory's token lifetimes
   *     and its public URL ({@code server.url})
   */
  public OnboardingService onboarding(StateStore store, Clock clock) {
    return onboarding(store, clock, lab().config().server().url());
  }

  /** @return the onboarding lifecycle, approvals rendered for another public URL */
  public OnboardingService onboarding(StateStore store, Clock clock, String publicUrl) {
    Lab lab = lab();
    return new OnboardingService(lab, renderer(), store, clock, lab.config().tokens().fileTtl(),
        lab.config().tokens().enrollmentTtl(), publicUrl);
  }

  /** @return discovery and rules over a state store, approvals rendered for the lab's public URL */
  public DiscoveryService discovery(StateStore store, Clock clock) {
    String url = lab().config().server().url();
    return new DiscoveryService(lab(), store, onboarding(store, clock), clock, url.endsWith("/") ? url : url + "/");
  }

  @Override
  public void close() {
    plugins.close();
  }
}
