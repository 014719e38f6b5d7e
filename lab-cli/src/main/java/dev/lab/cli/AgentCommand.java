package dev.lab.cli;

import dev.lab.api.LabVersion;
import dev.lab.core.LabContext;
import dev.lab.core.agent.AgentArch;
import dev.lab.core.agent.AgentBuildException;
import dev.lab.core.agent.AgentBuilder;
import dev.lab.core.agent.AgentManifest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lab agent}: the agent OS that deploys rootfs plans. */
@Command(name = "agent", mixinStandardHelpOptions = true,
    description = "The agent OS that network-boots, executes a deploy plan and reports to Lab.",
    subcommands = AgentCommand.Build.class)
final class AgentCommand extends BaseCommand {
  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return ExitCode.OK;
  }

  /** {@code lab agent build}: kernel + initramfs from Debian's packages. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = {"Build the agent OS (kernel, initramfs, manifest.json) from Debian's packages into",
          "<artifact root>/agent/<arch>/, with a private apt configuration (the host's package state is",
          "not touched). Downloaded packages are cached in $XDG_CACHE_HOME/lab/agent (~/.cache/lab/agent)."})
  static final class Build extends BaseCommand {
    @Option(names = "--arch", defaultValue = "x86_64", paramLabel = "ARCH",
        description = "x86_64 or aarch64 (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--out", paramLabel = "DIR",
        description = "Write here instead of <artifact root>/agent/<arch>/ (no lab directory needed).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", hidden = true, description = "Package cache directory.")
    Path cache;

    @Mixin
    LabDirOption lab;

    @Override
    public Integer call() {
      AgentArch target;
      try {
        target = AgentArch.of(arch);
      } catch (IllegalArgumentException e) {
        throw UserError.invalid(e.getMessage());
      }
      Map<String, String> env = environment().env();
      Path dir = out;
      if (dir == null) {
        try (LabContext context = open(lab.dir(env))) {
          dir = context.lab().artifactRoot().resolve("agent").resolve(target.labName());
        }
      }
      Path cacheDir = cache != null ? cache : cacheHome(env).resolve("lab").resolve("agent");
      AgentManifest m;
      try {
        m = new AgentBuilder(Clock.systemUTC(), "lab " + LabVersion.get())
            .build(target, dir, cacheDir, Path.of("/etc/apt"));
      } catch (AgentBuildException e) {
        throw new UserError(e.getMessage(), ExitCode.INVALID_INPUT);
      }
      out().printf("agent %s: kernel %s, %d packages, %d modules -> %s%n", m.arch(), m.kernelVersion(),
          m.packages().size(), m.modules().size(), dir);
      return ExitCode.OK;
    }

    private static Path cacheHome(Map<String, String> env) {
      String xdg = env.get("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isBlank()) {
        return Path.of(xdg);
      }
      return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
    }
  }
}
