package dev.lab.core.onboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootPath;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.model.Server;
import dev.lab.core.LabException;
import dev.lab.core.config.Lab;
import dev.lab.core.install.Endpoints;
import dev.lab.core.machine.MachineRender;
import dev.lab.core.machine.MachineRenderer;
import dev.lab.core.state.NewOnboarding;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.core.state.TokenGrant;
import dev.lab.core.state.TokenPurpose;
import dev.lab.core.state.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The onboarding lifecycle: approve an installation (render it now, store what the machine will
 * get, issue fresh tokens), decide what a network-booting machine gets, serve the onboarding's
 * files under its token, take progress events and the completion call. Every decision and event is
 * recorded in the machine's timeline. A finished install never loops back: once installed, a
 * machine is only ever told to boot from its disk.
 */
public final class OnboardingService {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The agent's event saying the disk is written: from then on the machine boots from its disk,
   * never into the agent again, even before the installed OS calls {@code done}.
   */
  static final String DEPLOY_FINISHED = "deploy-finished";
  private static final TypeReference<Map<Firmware, BootSpec>> SPECS = new TypeReference<>() {};

  private final Lab lab;
  private final MachineRenderer renderer;
  private final StateStore store;
  private final Clock clock;
  private final Duration filesTtl;
  private final Duration enrollmentTtl;
  private final String publicUrl;
  private final Map<String, Server> serversByMac = new java.util.HashMap<>();
  private final DiscoveryBoot discoveryBoot;

  /**
   * @param publicUrl the base URL machines reach Lab at, written into what approvals render
   */
  public OnboardingService(Lab lab, MachineRenderer renderer, StateStore store, Clock clock,
      Duration filesTtl, Duration enrollmentTtl, String publicUrl) {
    this.publicUrl = publicUrl;
    this.lab = lab;
    for (Server s : lab.servers().values()) {
      s.nics().forEach(n -> serversByMac.put(n.mac().toLowerCase(java.util.Locale.ROOT), s));
    }
    this.renderer = renderer;
    this.store = store;
    this.clock = clock;
    this.filesTtl = filesTtl;
    this.enrollmentTtl = enrollmentTtl;
    this.discoveryBoot = new DiscoveryBoot(lab, store, publicUrl);
  }

  /**
   * Approves one installation: validates and renders it now (so problems surface here, not at
   * boot; a rootfs deploy also gets its architecture checks: image, server and agent), and unless
   * it is a dry run stores it with fresh tokens, superseding the server's
   * previous approval.
   *
   * @param server the server's name
   * @param profile the profile, or null for the server's default
   * @param method the method, or null for the profile's
   * @param dryRun whether to store nothing
   * @throws dev.lab.core.LabException for every problem with the input
   */
  public Approval approve(String server, String profile, InstallMethod method, boolean dryRun) {
    refuseSshOnly(server);
    String filesToken = Tokens.generate();
    String enrollmentToken = Tokens.generate();
    Endpoints endpoints = new Endpoints(publicUrl, filesToken, enrollmentToken);
    MachineRender render = renderer.render(new MachineRenderer.Request(server, profile, method, null, endpoints));
    return approveRendered(render, filesToken, enrollmentToken, dryRun);
  }

  /**
   * Approves the installation of a machine that is not in the inventory (a discovered machine a rule
   * or an operator onboards), like {@link #approve(String, String, InstallMethod, boolean)}.
   *
   * @param server the machine as a server record, its profile set
   * @throws dev.lab.core.LabException for every problem with the input
   */
  public Approval approve(Server server, boolean dryRun) {
    String filesToken = Tokens.generate();
    String enrollmentToken = Tokens.generate();
    Endpoints endpoints = new Endpoints(publicUrl, filesToken, enrollmentToken);
    MachineRender render = renderer.render(server,
        new MachineRenderer.Request(server.name(), server.profile(), null, null, endpoints));
    return approveRendered(render, filesToken, enrollmentToken, dryRun);
  }

  private Approval approveRendered(MachineRender render, String filesToken, String enrollmentToken, boolean dryRun) {
    DeployArchitecture.check(lab, render);
    Map<Firmware, BootSpec> specs = new EnumMap<>(Firmware.class);
    for (Firmware firmware : firmwares(render.config().arch())) {
      specs.put(firmware, renderer.bootSpec(render, firmware));
    }
    Instant now = clock.instant();
    Instant filesExpire = now.plus(filesTtl);
    if (dryRun) {
      return new Approval(null, render, filesExpire);
    }
    Onboarding onboarding = store.approve(new NewOnboarding(render.config().server().name(),
        render.config().profile().name(), render.config().profile().method().id(), render.plugin(),
        render.files(), toJson(specs),
        Map.of(TokenPurpose.FILES, filesToken, TokenPurpose.ENROLLMENT, enrollmentToken),
        Map.of(TokenPurpose.FILES, filesExpire, TokenPurpose.ENROLLMENT, now.plus(enrollmentTtl))), now);
    return new Approval(onboarding, render, filesExpire);
  }

  /** A server that cannot network-boot is never approved for a network install. */
  private void refuseSshOnly(String name) {
    Optional<Server> server = lab.server(name).filter(s -> s.boot() == BootPath.SSH);
    if (server.isPresent()) {
      throw new LabException(lab.locate(server.get(), null, null, Problem.of("server.boot", "server " + name
          + " cannot network-boot (boot: ssh, as Apple Silicon under Asahi Linux or a cloud VM): onboard it "
          + "into the OS it runs with `lab onboard " + name + " --provider ssh --host ADDRESS`")));
    }
  }

  /**
   * Decides what a network-booting machine gets and records the decision with its reason: the
   * install boot when it has a pending onboarding (which then moves to {@code booting}) whose agent
   * has not reported {@code deploy-finished} yet, else its own disk.
   */
  public BootDecision decide(BootRequest request) {
    Optional<Server> known = Optional.ofNullable(serversByMac.get(request.mac().toLowerCase(java.util.Locale.ROOT)));
    Firmware firmware = request.firmware() != null ? request.firmware()
        : known.map(Server::firmware).orElse(Firmware.UEFI);
    BootDecision decision;
    if (known.isEmpty()) {
      Optional<Server> approved = discoveryBoot.approvedServer(request.mac());
      decision = approved.isPresent() ? decideKnown(approved.get(), request, firmware)
          : discoveryBoot.decide(request, firmware);
    } else {
      decision = decideKnown(known.get(), request, firmware);
    }
    record(decision, request);
    return decision;
  }

  private BootDecision decideKnown(Server server, BootRequest request, Firmware firmware) {
    Optional<Onboarding> current = store.current(server.name());
    if (current.isEmpty()) {
      return local(server, firmware, "no onboarding approved for " + server.name());
    }
    Onboarding o = current.get();
    if (!OnboardingState.PENDING.contains(o.state())) {
      return local(server, firmware, "onboarding " + o.id() + " is " + o.state() + " since " + o.updatedAt()
          + ": booting from disk");
    }
    Optional<TimelineEvent> deployed = store.progress(o, DEPLOY_FINISHED);
    if (deployed.isPresent()) {
      return local(server, firmware, "onboarding " + o.id() + ": the agent reported " + DEPLOY_FINISHED + " at "
          + deployed.get().at() + ", the disk is installed: booting from disk");
    }
    Optional<Architecture> arch = request.arch();
    if (arch.isPresent() && arch.get() != server.arch()) {
      return local(server, firmware, "the machine booted as " + arch.get() + " but " + server.name() + " is "
          + server.arch() + " in the inventory: not installing");
    }
    BootSpec spec = fromJson(store.bootSpecs(o.id())).get(firmware);
    if (spec == null) {
      return local(server, firmware, "onboarding " + o.id() + " has no " + firmware + " boot for " + server.name());
    }
    if (o.state() == OnboardingState.APPROVED) {
      // Only the first install boot moves the onboarding on; a machine that boots again is served the
      // same install without a write that cannot change anything.
      store.transition(o.id(), EnumSet.of(OnboardingState.APPROVED), OnboardingState.BOOTING,
          "install boot served (" + request.loader() + ", " + firmware + ")", clock.instant());
    }
    return new BootDecision(server.name(), o.id(), firmware, spec,
        "onboarding " + o.id() + " is " + o.state() + ": install boot with profile " + o.profile());
  }

  private static BootDecision local(Server server, Firmware firmware, String reason) {
    return new BootDecision(server.name(), null, firmware, null, reason);
  }

  private void record(BootDecision d, BootRequest r) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("mac", r.mac());
    data.put("loader", r.loader());
    data.put("firmware", d.firmware().id());
    putIfPresent(data, "buildarch", r.buildarch());
    putIfPresent(data, "uuid", r.uuid());
    putIfPresent(data, "serial", r.serial());
    putIfPresent(data, "manufacturer", r.manufacturer());
    putIfPresent(data, "product", r.product());
    store.record(new TimelineEvent(clock.instant(), d.server() != null ? d.server() : "mac:" + r.mac(),
        d.onboardingId(), "boot", d.install() ? "install-boot" : "local-boot", d.reason(), toJson(data)));
  }

  /**
   * @return one of the onboarding's files, when the token is live for its files; the fetch is
   *     recorded in the machine's timeline
   */
  public Optional<RenderedFile> file(String token, String name) {
    Optional<TokenGrant> grant = store.redeem(token, TokenPurpose.FILES, clock.instant());
    if (grant.isEmpty()) {
      return Optional.empty();
    }
    Onboarding o = grant.get().onboarding();
    Optional<RenderedFile> file = store.file(o.id(), name);
    file.ifPresent(f -> store.record(new TimelineEvent(clock.instant(), o.server(), o.id(), "progress",
        "file-fetched", f.name() + " fetched", null)));
    return file;
  }

  /**
   * Records a progress event of a live onboarding. The first one moves it to {@code installing};
   * an {@code install-failed} event marks it failed with the event's message as the reason.
   *
   * @return whether the token was live
   */
  public boolean event(String token, ProgressEvent event) {
    Instant now = clock.instant();
    Optional<TokenGrant> grant = store.redeem(token, TokenPurpose.FILES, now);
    if (grant.isEmpty()) {
      return false;
    }
    Onboarding o = grant.get().onboarding();
    store.record(new TimelineEvent(now, o.server(), o.id(), "progress", event.type(), event.message(), event.data()));
    if (event.failure()) {
      store.transition(o.id(), OnboardingState.PENDING, OnboardingState.FAILED,
          event.message() == null ? event.type() : event.message(), now);
    } else if (o.state() != OnboardingState.INSTALLING) {
      // Once installing, an onboarding only moves on (installed, failed): later events change no state.
      store.transition(o.id(), EnumSet.of(OnboardingState.APPROVED, OnboardingState.BOOTING),
          OnboardingState.INSTALLING, "installer reported " + event.type(), now);
    }
    return true;
  }

  /**
   * The completion call: marks the install done, atomically, so the machine boots from its disk
   * from now on and the onboarding's files token stops working.
   *
   * @return whether this call completed it (false for a dead token or a second call)
   */
  public boolean done(String token) {
    Instant now = clock.instant();
    Optional<TokenGrant> grant = store.redeem(token, TokenPurpose.FILES, now);
    return grant.isPresent() && store.transition(grant.get().onboarding().id(), OnboardingState.PENDING,
        OnboardingState.INSTALLED, "the installer reported the install finished", now);
  }

  /**
   * @return every server of the lab with its current onboarding, if any, then the servers onboarded
   *     over SSH under a name the inventory does not have
   */
  public List<ServerStatus> status() {
    Map<String, Onboarding> current = new LinkedHashMap<>();
    for (Onboarding o : store.currentAll()) {
      current.put(o.server(), o);
    }
    java.util.SortedSet<String> names = new java.util.TreeSet<>(current.keySet());
    names.removeAll(lab.servers().keySet());
    return java.util.stream.Stream.concat(lab.servers().keySet().stream(), names.stream())
        .map(name -> new ServerStatus(name, Optional.ofNullable(current.get(name)),
            store.timeline(name, 1).stream().findFirst()))
        .toList();
  }

  /** @return a server's timeline, oldest first */
  public List<TimelineEvent> timeline(String server, int limit) {
    return store.timeline(server, limit);
  }

  private static Set<Firmware> firmwares(Architecture arch) {
    return arch == Architecture.X86_64 ? EnumSet.allOf(Firmware.class) : EnumSet.of(Firmware.UEFI);
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static Map<Firmware, BootSpec> fromJson(String json) {
    try {
      return JSON.readValue(json, SPECS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored boot specs are not readable: " + e.getMessage(), e);
    }
  }
}
