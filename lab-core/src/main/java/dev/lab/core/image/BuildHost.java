package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the build host must provide: root, the tools and, for another architecture, QEMU's user
 * emulation registered with binfmt_misc. Each refusal names what is missing.
 *
 * @param uid the effective user id
 * @param arch the host's architecture
 * @param onPath whether a command is on the PATH
 * @param binfmt the binfmt_misc folder, normally {@code /proc/sys/fs/binfmt_misc}
 */
record BuildHost(int uid, Architecture arch, Predicate<String> onPath, Path binfmt) {
  /** Commands a build runs, with the Debian package of each. */
  static final List<String[]> TOOLS = List.of(new String[] {"debootstrap", "debootstrap"},
      new String[] {"tar", "tar"}, new String[] {"zstd", "zstd"}, new String[] {"rm", "coreutils"});

  /** @return this machine */
  static BuildHost current() {
    int uid;
    try {
      uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      uid = -1;
    }
    String os = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    Architecture arch = os.equals("aarch64") || os.equals("arm64") ? Architecture.AARCH64
        : os.equals("riscv64") ? Architecture.RISCV64 : Architecture.X86_64;
    return new BuildHost(uid, arch, BuildHost::onPath, Path.of("/proc/sys/fs/binfmt_misc"));
  }

  /** Refuses when the host cannot build an image of this architecture. */
  void check(Architecture target) {
    if (uid != 0) {
      throw ImageBuildException.failed("building an image needs root (debootstrap creates device nodes and "
          + "files owned by other users): run lab image build as root, for example with sudo");
    }
    List<String> missing = new ArrayList<>();
    for (String[] tool : TOOLS) {
      if (!onPath.test(tool[0])) {
        missing.add(tool[0] + " (package " + tool[1] + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw ImageBuildException.failed("missing on this host: " + String.join(", ", missing)
          + "; install with apt-get install debootstrap zstd tar");
    }
    if (target != arch) {
      String emulator = "qemu-" + target.id();
      Path entry = binfmt.resolve(emulator);
      if (!onPath.test(emulator + "-static") || !isEnabled(entry)) {
        throw ImageBuildException.failed("building a " + target.id() + " image on this " + arch.id()
            + " host needs QEMU user emulation registered with binfmt_misc: " + emulator + "-static"
            + (onPath.test(emulator + "-static") ? " is installed but " + entry + " is not enabled"
                : " is missing")
            + "; install qemu-user-static and binfmt-support (apt-get install qemu-user-static binfmt-support)");
      }
    }
  }

  private static boolean isEnabled(Path entry) {
    try {
      return Files.isRegularFile(entry) && Files.readString(entry).startsWith("enabled");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "/usr/sbin:/usr/bin:/sbin:/bin" : path + ":/usr/sbin:/sbin").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
