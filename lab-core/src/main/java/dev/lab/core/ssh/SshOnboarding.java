package dev.lab.core.ssh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.InstallerException;
import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootPath;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.model.Server;
import dev.lab.core.LabException;
import dev.lab.core.config.Diagnostic;
import dev.lab.core.config.Lab;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.core.plugin.LoadedPlugin;
import dev.lab.core.plugin.PluginRegistry;
import dev.lab.core.render.TemplateEngine;
import dev.lab.core.state.NewOnboarding;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.core.state.TokenPurpose;
import dev.lab.core.state.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Onboards a machine that already runs an OS, over SSH: connects (host key checked against
 * known_hosts), gathers its facts, detects its OS, renders the enrollment script of that OS
 * family's installer plugin with a fresh enrollment token, stores the onboarding (method {@code
 * ssh}; nothing is ever network-booted: it is {@code installed} from the start) and runs the
 * script, with sudo when the login user is not root, streamed over standard input. The
 * onboarding ends {@code enrolled} when the script exits 0, else {@code failed} with the exit
 * code. Each step is recorded in the server's timeline.
 */
public final class SshOnboarding {
  /** The install method id SSH onboardings are stored with. */
  public static final String METHOD = "ssh";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOST_NAME = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final int LAST_LINES = 20;
  /**
   * Runs the script arriving on standard input from a private temporary file, with standard input
   * closed, so no command of the script can swallow the rest of it.
   */
  private static final String RUN_STDIN =
      "umask 077; f=$(mktemp) || exit 125; cat > \"$f\" || exit 125; sh \"$f\" </dev/null; rc=$?; rm -f \"$f\"; exit $rc";

  private final Lab lab;
  private final PluginRegistry plugins;
  private final TemplateEngine templates;
  private final StateStore store;
  private final Clock clock;
  private final String publicUrl;

  /**
   * @param store where the onboarding and timeline go; null for dry runs only
   * @param publicUrl the base URL machines reach Lab at (the script reports its progress there)
   */
  public SshOnboarding(Lab lab, PluginRegistry plugins, TemplateEngine templates, StateStore store, Clock clock,
      String publicUrl) {
    this.lab = lab;
    this.plugins = plugins;
    this.templates = templates;
    this.store = store;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /**
   * What to onboard.
   *
   * @param server an inventory server's name, or a new RFC 1123 name
   * @param profile the profile, or null for the inventory server's own
   * @param target how to reach it
   * @param dryRun connect, gather, detect and render, but store and run nothing (a new host key
   *     is not written to known_hosts either)
   * @param probeTimeout bound on the facts probe
   * @param enrollmentTimeout bound on the enrollment script
   */
  public record Request(String server, String profile, SshTarget target, boolean dryRun, Duration probeTimeout,
      Duration enrollmentTimeout) {}

  /**
   * @throws LabException for problems with the inventory or the arguments (before connecting)
   * @throws SshFailure when the machine cannot be reached, verified, logged in to, probed or
   *     enrolled with any plugin (a failed enrollment script is a result, not an exception)
   */
  public SshOnboardingResult onboard(Request request) {
    Optional<Server> known = lab.server(request.server());
    if (known.isEmpty() && !request.server().matches(HOST_NAME)) {
      throw new LabException(new Diagnostic("servers/", 0, "server", "'" + request.server()
          + "' is neither a server of the inventory nor a valid new server name (an RFC 1123 host name: "
          + "letters, digits and inner hyphens, at most 63 characters)"));
    }
    Profile profile = profile(request, known);
    if (!request.dryRun() && store == null) {
      throw new IllegalStateException("an SSH onboarding that is not a dry run needs a state store");
    }
    try (SshSession ssh = SshSession.open(request.target())) {
      record(request, null, "progress", "ssh-connected", "connected to " + request.target().describe()
          + " over SSH; host key " + ssh.hostKey() + (ssh.newHostKey() ? " (new: trusted on first use)" : ""),
          Map.of("host", request.target().host(), "port", request.target().port(), "user", request.target().user(),
              "hostKey", ssh.hostKey(), "newHostKey", ssh.newHostKey()));
      CommandResult probed = ssh.run("sh -s", FactsProbe.SCRIPT, request.probeTimeout());
      if (probed.exitCode() != 0) {
        throw new SshFailure("the facts probe exited with " + probed.exitCode() + ": "
            + String.join(" / ", probed.lastLines(5)));
      }
      FactsProbe.Found found = FactsProbe.parse(probed.stdout());
      HostFacts facts = found.facts();
      record(request, null, "progress", "facts-gathered", summary(facts), facts);
      Architecture arch = Architecture.fromId(facts.architecture()).orElseThrow(() -> new SshFailure(
          "the machine's architecture " + facts.architecture() + " is not one Lab installs"));
      Server server = known.map(s -> checkArch(s, arch)).orElseGet(() -> newServer(request, facts, arch));
      LoadedPlugin plugin;
      try {
        plugin = OsPlugins.select(plugins, found.os(), arch);
      } catch (SshFailure e) {
        throw fail(request, e.getMessage());
      }
      record(request, null, "progress", "os-detected", "runs " + found.os().prettyName() + " (" + found.os().id()
          + " " + Optional.ofNullable(found.os().versionId()).orElse("") + "): enrolled with plugin " + plugin.name(),
          Map.of("id", found.os().id(), "versionId", String.valueOf(found.os().versionId()),
              "idLike", found.os().idLike(), "plugin", plugin.name()));
      if (!found.root() && !found.sudo()) {
        throw fail(request, "user " + request.target().user() + " is not root and cannot run sudo without a "
            + "password (sudo -n): the enrollment script needs root. Log in as root, or allow that user "
            + "passwordless sudo on the machine");
      }
      String token = Tokens.generate();
      Endpoints endpoints = new Endpoints(publicUrl, Tokens.generate(), token);
      RenderedFile script = render(plugin, spec(server, profile, found.os(), arch, endpoints), request);
      if (request.dryRun()) {
        return new SshOnboardingResult(server.name(), known.isPresent(), ssh.hostKey(), ssh.newHostKey(), facts,
            found.os(), plugin.name(), script, null, null, List.of());
      }
      Instant now = clock.instant();
      Onboarding onboarding = store.approve(new NewOnboarding(server.name(), profile.name(), METHOD, plugin.name(),
          List.of(script), "{}", Map.of(TokenPurpose.ENROLLMENT, token),
          Map.of(TokenPurpose.ENROLLMENT, now.plus(lab.config().tokens().enrollmentTtl()))), now);
      store.transition(onboarding.id(), EnumSet.of(OnboardingState.APPROVED), OnboardingState.INSTALLED,
          "already installed: " + found.os().prettyName() + ", onboarded over SSH (nothing is network-booted)",
          clock.instant());
      return enroll(request, ssh, found, server, known.isPresent(), facts, plugin, script, onboarding);
    }
  }

  private SshOnboardingResult enroll(Request request, SshSession ssh, FactsProbe.Found found, Server server,
      boolean inventory, HostFacts facts, LoadedPlugin plugin, RenderedFile script, Onboarding onboarding) {
    String command = found.root() ? "sh -c '" + RUN_STDIN + "'" : "sudo -n sh -c '" + RUN_STDIN + "'";
    record(request, onboarding.id(), "enrollment", "enrollment-started", "running the " + plugin.name()
        + " enrollment script" + (found.root() ? "" : " with sudo"), Map.of("plugin", plugin.name()));
    Integer exit;
    List<String> last;
    try {
      CommandResult result = ssh.run(command, script.content(), request.enrollmentTimeout());
      exit = result.exitCode();
      last = result.lastLines(LAST_LINES);
    } catch (SshFailure e) {
      exit = null;
      last = List.of(e.getMessage());
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exitCode", exit);
    data.put("output", last);
    if (exit != null && exit == 0) {
      record(request, onboarding.id(), "enrollment", "enrollment-finished", "the enrollment script finished", data);
      store.transition(onboarding.id(), EnumSet.of(OnboardingState.INSTALLED), OnboardingState.ENROLLED,
          "the " + plugin.name() + " enrollment script finished over SSH", clock.instant());
    } else {
      String why = exit == null ? "the enrollment script did not finish: " + last.get(0)
          : "the enrollment script exited with " + exit + (last.isEmpty() ? "" : ": " + last.get(last.size() - 1));
      record(request, onboarding.id(), "enrollment", "enrollment-failed", why, data);
      store.transition(onboarding.id(), EnumSet.of(OnboardingState.INSTALLED), OnboardingState.FAILED, why,
          clock.instant());
    }
    Onboarding finalState = store.onboarding(onboarding.id()).orElse(onboarding);
    return new SshOnboardingResult(server.name(), inventory, ssh.hostKey(), ssh.newHostKey(), facts, found.os(),
        plugin.name(), script, finalState, exit, last);
  }

  private Profile profile(Request request, Optional<Server> known) {
    String name = request.profile() != null ? request.profile() : known.map(Server::profile).orElse(null);
    if (name == null) {
      throw new LabException(new Diagnostic("profiles/", 0, "profile", "server " + request.server()
          + " has no default profile: pass one with --profile (its labels and enrollment settings are used)"));
    }
    Profile profile = lab.profile(name).orElseThrow(() -> new LabException(new Diagnostic("profiles/", 0,
        "profile", "no profile named '" + name + "' (known: " + String.join(", ", lab.profiles().keySet()) + ")")));
    if (!profile.enrollment().enabled()) {
      throw new LabException(new Diagnostic("profiles/" + name + ".yaml", 0, "enrollment.enabled",
          "profile " + name + " has enrollment disabled: an SSH onboarding only enrolls, so there is nothing to do"));
    }
    return profile;
  }

  private Server checkArch(Server server, Architecture arch) {
    if (server.arch() != arch) {
      throw new LabException(lab.locate(server, null, null, Problem.of("server.arch", "server " + server.name()
          + " is " + server.arch() + " in the inventory, but the machine reached over SSH is " + arch
          + ": is it the right host?")));
    }
    return server;
  }

  private static Server newServer(Request request, HostFacts facts, Architecture arch) {
    List<Nic> nics = facts.nics().stream().map(n -> new Nic(n.name(), n.mac())).toList();
    return new Server(request.server(), null, null, arch, Firmware.UEFI.id().equals(facts.firmware())
        ? Firmware.UEFI : Firmware.BIOS, nics, null, null, List.of(), Map.of(), request.target().host(), BootPath.SSH);
  }

  private EnrollmentSpec spec(Server server, Profile profile, OsRelease os, Architecture arch, Endpoints endpoints) {
    List<String> labels = new ArrayList<>(new LinkedHashSet<>(concat(profile.labels(), server.labels())));
    Map<String, String> extensions = new LinkedHashMap<>();
    if (profile.enrollment().role() != null) {
      extensions.put("pp_role", profile.enrollment().role());
    }
    if (profile.enrollment().environment() != null) {
      extensions.put("pp_environment", profile.enrollment().environment());
    }
    if (!labels.isEmpty()) {
      extensions.put(InstallConfigFactory.LABELS_OID, String.join(",", labels));
    }
    var settings = lab.config().enrollmentSettings();
    return new EnrollmentSpec(endpoints.enrollmentToken(), server.fqdn(), labels, extensions, settings.puppetServer(),
        profile.enrollment().environment(), os.id(), os.versionId() == null ? "" : os.versionId(), arch,
        settings.packageRepository(), endpoints.urls().events());
  }

  private RenderedFile render(LoadedPlugin plugin, EnrollmentSpec spec, Request request) {
    try {
      return plugin.plugin().generateEnrollmentScript(spec, plugin.templates(templates));
    } catch (InstallerException | IllegalArgumentException e) {
      throw fail(request, "plugin " + plugin.name() + " cannot write an enrollment script for this machine: "
          + e.getMessage());
    }
  }

  private SshFailure fail(Request request, String message) {
    record(request, null, "enrollment", "enrollment-failed", message, null);
    return new SshFailure(message);
  }

  private void record(Request request, String onboardingId, String kind, String type, String message, Object data) {
    if (request.dryRun()) {
      return;
    }
    store.record(new TimelineEvent(clock.instant(), request.server(), onboardingId, kind, type, message,
        data == null ? null : json(data)));
  }

  private static String summary(HostFacts f) {
    StringBuilder s = new StringBuilder(f.architecture());
    if (f.cpu() != null) {
      s.append(", ").append(f.cpu().threads()).append(" threads");
    }
    if (f.memoryBytes() != null) {
      s.append(", ").append(f.memoryBytes() / (1024 * 1024)).append(" MiB");
    }
    s.append(", ").append(f.disks().size()).append(" disk(s), ").append(f.nics().size()).append(" NIC(s), ")
        .append(f.firmware());
    return "facts gathered: " + s;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
