package dev.lab.cli;

import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.LabContext;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.StateStore;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lab onboard}: approves one installation. It validates and renders now, so problems show
 * here rather than at boot time, then stores what the machine will get with fresh tokens; the next
 * time the machine network-boots, {@code lab serve} installs it.
 */
@Command(name = "onboard", mixinStandardHelpOptions = true,
    description = {"Approve the installation of a server: validate and render now, store what it will get with",
        "fresh single-purpose tokens (superseding any earlier approval). --dry-run stores nothing.",
        "--provider ssh onboards a machine that already runs an OS instead: connect, check its host key,",
        "gather its facts, detect its OS and run the enrollment script (see docs/ssh-onboarding.md)."})
final class OnboardCommand extends BaseCommand {
  /** How the machine is onboarded. */
  enum Provider { PXE, SSH }

  @Parameters(index = "0", paramLabel = "SERVER",
      description = "The server's name (with --provider ssh also a new name: its facts come from the machine).")
  String server;

  @Option(names = "--provider", paramLabel = "PROVIDER", defaultValue = "pxe",
      converter = ProviderConverter.class,
      description = "pxe (network-boot and install it, the default) or ssh (enroll the OS it already runs).")
  Provider provider;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "The profile (default: the server's).")
  String profile;

  @Option(names = "--method", paramLabel = "METHOD", description = "native or rootfs (default: the profile's).")
  InstallMethod method;

  @Option(names = "--dry-run", description = "Validate and render, print what would happen, store nothing.")
  boolean dryRun;

  @Option(names = "--name", paramLabel = "NAME",
      description = "For a discovered machine (mac-…): the name it is onboarded under (default: its own).")
  String name;

  @Mixin
  LabDirOption lab;

  @Mixin
  RemoteOption remote;

  @Mixin
  SshOptions ssh;

  @Override
  public Integer call() {
    if (provider == Provider.SSH) {
      if (method != null) {
        throw UserError.invalid("--method is for network installs: --provider ssh enrolls the OS the machine runs");
      }
      return new SshOnboard(this).call();
    }
    if (ssh.anyGiven()) {
      throw UserError.invalid("--host, --port, --user, --identity, --known-hosts and --trust-new-host-key are for "
          + "--provider ssh");
    }
    OperatorClient client = remote.client(environment().env());
    if (client != null) {
      return remote(client);
    }
    try (LabContext context = open(lab.dir(environment().env()))) {
      if (context.lab().server(server).isEmpty()) {
        try (StateStore store = context.openStore()) {
          if (store.discovery().byName(server).isPresent()) {
            if (method != null) {
              throw UserError.invalid("--method is not for a discovered machine: its profile's method installs it");
            }
            return report(context.discovery(store, Clock.systemUTC()).approve(server, profile, name, dryRun));
          }
        }
      }
      if (name != null) {
        throw UserError.invalid("--name is for a discovered machine (mac-…): " + server + " is not one");
      }
      Approval approval;
      if (dryRun) {
        approval = context.onboarding(null, Clock.systemUTC()).approve(server, profile, method, true);
      } else {
        try (StateStore store = context.openStore()) {
          approval = context.onboarding(store, Clock.systemUTC()).approve(server, profile, method, false);
        }
      }
      return report(approval);
    }
  }

  private int report(Approval approval) {
    var config = approval.render().config();
    out().printf("%s %s: profile %s, image %s, %s install by plugin %s (%s).%n",
        approval.dryRun() ? "Would approve" : "Approved", config.server().name(), config.profile().name(),
        config.image().name(), config.profile().method(), approval.render().plugin(), config.arch());
    if (!approval.dryRun()) {
      out().printf("Onboarding %s; its files token expires at %s.%n", approval.onboarding().id(),
          approval.filesExpire());
    }
    out().println("Files the machine gets:");
    for (RenderedFile f : approval.render().files()) {
      out().printf("  %s (%s, %d bytes)%n", f.name(), f.mediaType(), f.content().length());
    }
    out().println("Boot (" + approval.render().firmware() + "):");
    out().println(Secrets.maskTokens(approval.render().bootSummary()).indent(2).stripTrailing());
    out().println(approval.dryRun() ? "Nothing was stored."
        : "It installs the next time it network-boots through `lab serve`; follow it with `lab status "
            + config.server().name() + " --watch`.");
    return ExitCode.OK;
  }

  /** Reads {@code pxe} or {@code ssh}. */
  static final class ProviderConverter implements picocli.CommandLine.ITypeConverter<Provider> {
    @Override
    public Provider convert(String value) {
      for (Provider p : Provider.values()) {
        if (p.name().equalsIgnoreCase(value)) {
          return p;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a provider: pxe or ssh");
    }
  }

  private int remote(OperatorClient client) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("server", server);
    if (profile != null) {
      body.put("profile", profile);
    }
    if (method != null) {
      body.put("method", method.id());
    }
    body.put("dryRun", dryRun);
    OperatorClient.Reply reply = client.post("api/v1/onboardings", body);
    if (reply.status() == 422) {
      for (var p : reply.body().path("problems")) {
        err().println(p.path("text").asText());
      }
      return ExitCode.INVALID_INPUT;
    }
    if (reply.status() != 200 && reply.status() != 201) {
      throw new UserError("lab serve answered " + reply.status() + ": " + reply.body().path("detail").asText(),
          ExitCode.FAILURE);
    }
    var b = reply.body();
    out().printf("%s %s: profile %s, %s install by plugin %s.%n", dryRun ? "Would approve" : "Approved",
        b.path("server").asText(), b.path("profile").asText(), b.path("method").asText(), b.path("plugin").asText());
    if (!dryRun) {
      out().printf("Onboarding %s; its files token expires at %s.%n", b.path("onboarding").path("id").asText(),
          b.path("filesExpire").asText());
    }
    out().println("Files the machine gets:");
    for (var f : b.path("files")) {
      out().printf("  %s (%s, %d bytes)%n", f.path("name").asText(), f.path("mediaType").asText(), f.path("bytes").asLong());
    }
    return ExitCode.OK;
  }
}
