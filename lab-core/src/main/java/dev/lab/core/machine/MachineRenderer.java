package dev.lab.core.machine;

import dev.lab.api.InstallerException;
import dev.lab.api.InstallerPlugin;
import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InstallUrls;
import dev.lab.api.model.Profile;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.model.Server;
import dev.lab.api.plan.DeployPlan;
import dev.lab.core.LabException;
import dev.lab.core.boot.BootScripts;
import dev.lab.core.config.Diagnostic;
import dev.lab.core.config.Lab;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.core.plugin.LoadedPlugin;
import dev.lab.core.plugin.PluginRegistry;
import dev.lab.core.plugin.PluginSelectionException;
import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out what one machine gets: picks the plugin for its profile's image and method, resolves
 * the install configuration, lets the plugin validate it (problems are mapped to the lab directory
 * file and line they come from), renders the answer files, enrollment script and boot spec, and
 * the boot loader scripts. It has no side effects.
 */
public final class MachineRenderer {
  private final Lab lab;
  private final PluginRegistry plugins;
  private final TemplateEngine templates;
  private final BootScripts boot;

  public MachineRenderer(Lab lab, PluginRegistry plugins, TemplateEngine templates, BootScripts boot) {
    this.lab = lab;
    this.plugins = plugins;
    this.templates = templates;
    this.boot = boot;
  }

  /** What to render. Null fields mean "the server's own": profile, method, firmware. */
  public record Request(String server, String profile, InstallMethod method, Firmware firmware,
      Endpoints endpoints) {}

  /**
   * @return the render for a request
   * @throws LabException naming file, line and property for every problem with the input
   */
  public MachineRender render(Request request) {
    Server server = lab.server(request.server()).orElseThrow(() -> new LabException(
        new Diagnostic("servers/", 0, "server", "no server named '" + request.server() + "' (known: "
            + String.join(", ", lab.servers().keySet()) + ")")));
    return render(server, request);
  }

  /**
   * @param server a server that is not in the inventory (a discovered machine being onboarded);
   *     {@code request.server()} is ignored
   * @return the render for the request
   * @throws LabException naming what is wrong with the input
   */
  public MachineRender render(Server server, Request request) {
    String profileName = request.profile() != null ? request.profile() : server.profile();
    if (profileName == null) {
      throw new LabException(lab.locate(server, null, null,
          Problem.of("server.profile", "server " + server.name() + " has no default profile: pass one with --profile")));
    }
    Profile profile = lab.profile(profileName).orElseThrow(() -> new LabException(
        new Diagnostic("profiles/", 0, "profile", "no profile named '" + profileName + "' (known: "
            + String.join(", ", lab.profiles().keySet()) + ")")));
    Image image = lab.image(profile.image()).orElseThrow(() -> new LabException(lab.locate(server, profile, null,
        Problem.of("profile.image", "no image named '" + profile.image() + "' in images.yaml"))));
    InstallMethod method = request.method() != null ? request.method() : profile.method();
    Firmware firmware = request.firmware() != null ? request.firmware() : server.firmware();

    if (image.artifacts(server.arch()).isEmpty()) {
      throw new LabException(lab.locate(server, profile, image, Problem.of("image.architectures",
          "server " + server.name() + " (" + server.arch() + ") cannot be installed with profile "
              + profile.name() + ": image " + image.name() + " provides " + image.arches().stream()
              .map(Object::toString).sorted().toList() + " only")));
    }
    Profile effective = method == profile.method() ? profile : profile.withMethod(method);
    InstallConfig config = InstallConfigFactory.create(server, effective, image, request.endpoints(),
        lab.config().enrollmentSettings(), registryAuth(server, profile, image));
    LoadedPlugin loaded = select(config);
    InstallerPlugin plugin = loaded.plugin();

    List<Problem> problems = plugin.validate(config);
    if (!problems.isEmpty()) {
      throw new LabException(problems.stream().map(p -> lab.locate(server, profile, image, p)).toList());
    }
    Templates pluginTemplates = templates.forNamespace(plugin.name(), loaded.classLoader());
    try {
      List<RenderedFile> files = new ArrayList<>(plugin.generateAnswerFiles(config, pluginTemplates));
      DeployPlan plan = plugin.deployPlan(config, pluginTemplates).orElse(null);
      if (plan != null) {
        requireOwnPlan(plugin, config, plan);
        files.add(PlanJson.file(plan));
      }
      if (config.enrollment() != null) {
        RenderedFile script = plugin.generateEnrollmentScript(config.enrollment(), pluginTemplates);
        if (files.stream().noneMatch(f -> f.name().equals(script.name()))) {
          files.add(script);
        }
      }
      requireUniqueNames(plugin, files);
      BootSpec spec = plugin.preparePxe(new PxeConfig(config, firmware));
      List<RenderedFile> bootFiles = bootFiles(spec, firmware, config.urls());
      return new MachineRender(config, plugin.name(), firmware, files, spec, bootFiles, BootScripts.describe(spec),
          plan);
    } catch (UnsupportedConfigException e) {
      throw new LabException(e.problems().stream().map(p -> lab.locate(server, profile, image, p)).toList());
    } catch (InstallerException e) {
      throw new PluginFailure("plugin " + plugin.name() + " failed for server " + server.name() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The boot spec of an already rendered installation for another firmware: only the plugin's
   * {@code preparePxe} runs again, not its templates.
   *
   * @throws LabException when the plugin cannot boot the installation with that firmware
   */
  public BootSpec bootSpec(MachineRender render, Firmware firmware) {
    if (firmware == render.firmware()) {
      return render.boot();
    }
    InstallConfig config = render.config();
    InstallerPlugin plugin = plugins.byName(render.plugin()).orElseThrow(() -> new IllegalStateException(
        "plugin " + render.plugin() + " is no longer loaded")).plugin();
    try {
      BootSpec spec = plugin.preparePxe(new PxeConfig(config, firmware));
      bootFiles(spec, firmware, config.urls()); // the boot loaders must be able to carry it too
      return spec;
    } catch (UnsupportedConfigException e) {
      throw new LabException(e.problems().stream()
          .map(p -> lab.locate(config.server(), config.profile(), config.image(), p)).toList());
    } catch (InstallerException e) {
      throw new PluginFailure("plugin " + plugin.name() + " failed for server " + config.server().name() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The GRUB EFI image iPXE chains to for a multiboot install under UEFI (iPXE cannot multiboot
   * there): a GRUB with Lab's fixed-path config embedded, kept in the artifact store.
   */
  public static String grubEfiUrl(InstallUrls urls) {
    return urls.artifacts() + "grub/grubx64.efi";
  }

  private List<RenderedFile> bootFiles(BootSpec spec, Firmware firmware, InstallUrls urls) {
    List<RenderedFile> out = new ArrayList<>();
    try {
      out.add(RenderedFile.text("boot.ipxe", boot.ipxeInstall(spec, firmware, grubEfiUrl(urls))));
      out.add(RenderedFile.text("grub.cfg", boot.grubInstall(spec, firmware)));
      if (firmware == Firmware.BIOS) {
        out.add(RenderedFile.text("pxelinux.cfg", boot.pxelinuxInstall(spec, firmware)));
      }
    } catch (IllegalArgumentException e) {
      throw new PluginFailure("the boot spec cannot be written for the boot loaders: " + e.getMessage(), e);
    }
    return out;
  }

  private LoadedPlugin select(InstallConfig config) {
    try {
      return plugins.select(config);
    } catch (PluginSelectionException e) {
      throw new LabException(lab.locate(config.server(), config.profile(), config.image(),
          Problem.of("profile.method", "no plugin can install server " + config.server().name()
              + " with profile " + config.profile().name() + " (" + config.profile().method() + "): "
              + e.getMessage())));
    }
  }

  private String registryAuth(Server server, Profile profile, Image image) {
    if (image.bootc() == null || image.bootc().registryAuthFile() == null) {
      return null;
    }
    Path file = lab.dir().resolve(image.bootc().registryAuthFile()).normalize();
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new LabException(lab.locate(server, profile, image, Problem.of("image.bootc.registryAuthFile",
          "cannot read " + image.bootc().registryAuthFile() + ": " + e.getMessage())));
    }
  }

  private static void requireOwnPlan(InstallerPlugin plugin, InstallConfig config, DeployPlan plan) {
    if (!plan.server().equals(config.server().name()) || plan.architecture() != config.arch()
        || !plan.events().equals(config.urls().events())) {
      throw new PluginFailure("plugin " + plugin.name() + " planned a deploy of server " + plan.server() + " ("
          + plan.architecture() + ", events to " + plan.events() + ") when asked for server " + config.server().name()
          + " (" + config.arch() + ", events to " + config.urls().events() + ")", null);
    }
  }

  private static void requireUniqueNames(InstallerPlugin plugin, List<RenderedFile> files) {
    Set<String> seen = new HashSet<>();
    for (RenderedFile f : files) {
      if (!seen.add(f.name())) {
        throw new PluginFailure("plugin " + plugin.name() + " produced two files named " + f.name(), null);
      }
    }
  }

  /** A plugin failed for a reason of its own (not the user's input). */
  public static final class PluginFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PluginFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
