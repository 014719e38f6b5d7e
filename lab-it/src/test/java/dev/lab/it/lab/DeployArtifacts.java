package dev.lab.it.lab;

import dev.lab.api.model.Architecture;
import dev.lab.core.agent.AgentArch;
import dev.lab.core.agent.AgentBuilder;
import dev.lab.core.config.Lab;
import dev.lab.core.config.LabDirectory;
import dev.lab.core.image.ImageBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * What the rootfs deploy tests share: the Debian 12 rootfs and the agent OS, built by Lab's own
 * builders (or taken from their caches, {@code lab.image.cache} and {@code lab.agent.cache}, default
 * under {@code ~/.cache/lab/}), and a rootfs profile for the VM.
 */
final class DeployArtifacts {
  private DeployArtifacts() {}

  /** Builds (or takes from the caches) the Debian 12 rootfs and the x86_64 agent OS into the lab's artifact root. */
  static void build(Path labDir, List<String> timings) throws Exception {
    Lab lab = LabDirectory.load(labDir).lab();
    Path home = Path.of(System.getProperty("user.home"));
    Path imageCache = Path.of(System.getProperty("lab.image.cache", home.resolve(".cache/lab/images").toString()));
    Path agentCache = Path.of(System.getProperty("lab.agent.cache", home.resolve(".cache/lab/agent").toString()));
    ImageBuilder.Result image = ImageBuilder.onThisHost(System.out::println).build(new ImageBuilder.Request(
        lab.image("debian-12").orElseThrow(), Architecture.X86_64, lab.artifactRoot(), imageCache, true));
    timings.add(String.format(Locale.ROOT, "image debian-12 x86_64: %.1f s%s, %d bytes", image.seconds(),
        image.fromCache() ? " (cached)" : "", image.manifest().size()));
    long start = System.nanoTime();
    new AgentBuilder(Clock.systemUTC(), "lab-it").build(AgentArch.X86_64, lab.artifactRoot().resolve("agent/x86_64"),
        agentCache, Path.of("/etc/apt"));
    timings.add(String.format(Locale.ROOT, "agent x86_64: %.1f s", (System.nanoTime() - start) / 1e9));
  }

  /**
   * Writes {@code profiles/debian-12-rootfs.yaml}: the Debian 12 image by the rootfs method on the
   * whole virtio disk, a serial console, a sudo user with an SSH key, and no enrollment (the VM's
   * restricted network reaches Lab only).
   */
  static void writeRootfsProfile(Path lab) throws IOException {
    Files.writeString(lab.resolve("profiles/debian-12-rootfs.yaml"), String.join("\n", List.of(
        "apiVersion: lab.dev/v1",
        "kind: Profile",
        "image: debian-12",
        "method: rootfs",
        "disk:",
        "  device: vda",
        "  layout: direct",
        "serialConsole: ttyS0,115200",
        "users:",
        "  - name: ops",
        "    sudo: true",
        "    sshKeys:",
        "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGTYne3S2VTYGTNnQbS34vC8EI3OOTaro/j08tHCzm3/ ops@lab.example",
        "enrollment:",
        "  enabled: false",
        "")));
  }
}
