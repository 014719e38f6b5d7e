package dev.lab.it.agent;

import dev.lab.core.agent.AgentArch;
import dev.lab.core.agent.AgentBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * The x86_64 agent OS for the boot tests, built once per test JVM with {@code AgentBuilder} into
 * {@code target/agent-os/x86_64}; downloaded packages are cached in {@code lab.agent.cache}
 * (default {@code ~/.cache/lab/agent}), so only the first run downloads.
 */
final class AgentOs {
  private static Path built;

  private AgentOs() {
  }

  /** @return the directory holding {@code vmlinuz}, {@code initrd.img} and {@code manifest.json} */
  static synchronized Path x86_64() {
    if (built == null) {
      Path out = Path.of("target", "agent-os", "x86_64").toAbsolutePath();
      new AgentBuilder(Clock.systemUTC(), "lab-it").build(AgentArch.X86_64, out, cache(), Path.of("/etc/apt"));
      built = out;
    }
    return built;
  }

  static Path cache() {
    String c = System.getProperty("lab.agent.cache");
    return c != null ? Path.of(c) : Path.of(System.getProperty("user.home"), ".cache", "lab", "agent");
  }

  /**
   * A small root filesystem archive ({@code .tar.zst}): a static busybox (from the package cache
   * the agent build filled) as {@code /bin/busybox}, {@code /etc/os-release} and 4 MiB of
   * incompressible data, so the stream has something to measure.
   */
  static Path rootfs(Path dir) {
    try {
      Path root = Files.createDirectories(dir.resolve("rootfs"));
      Path deb;
      try (Stream<Path> debs = Files.list(cache().resolve("amd64").resolve("debs"))) {
        deb = debs.filter(p -> p.getFileName().toString().startsWith("busybox-static_")).findFirst().orElseThrow();
      }
      run(dir, List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
      Files.createDirectories(root.resolve("etc"));
      Files.writeString(root.resolve("etc/os-release"), "NAME=\"Lab test rootfs\"\n");
      byte[] noise = new byte[4 << 20];
      new java.util.Random(42).nextBytes(noise);
      Files.createDirectories(root.resolve("var/lib"));
      Files.write(root.resolve("var/lib/noise"), noise);
      Path archive = dir.resolve("rootfs.tar.zst");
      run(dir, List.of("sh", "-c", "tar -C rootfs --numeric-owner -cf - . | zstd -q -f -o rootfs.tar.zst"));
      return archive;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(Path dir, List<String> argv) throws IOException {
    try {
      Process p = new ProcessBuilder(argv).directory(dir.toFile()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", argv) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
