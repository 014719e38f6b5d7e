package dev.lab.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a freshly bootstrapped tree fit to be installed on many machines: nothing of the build host
 * and nothing that must be unique per machine stays in it.
 */
final class RootfsTree {
  /** The unit that gives each installed machine its own SSH host keys on first boot. */
  static final String HOST_KEYS_UNIT = "lab-ssh-host-keys.service";

  private static final String HOST_KEYS = """
      [Unit]
      Description=Generate this machine's SSH host keys (Lab images ship none)
      ConditionPathExistsGlob=!/etc/ssh/ssh_host_*_key
      Before=ssh.service

      [Service]
      Type=oneshot
      ExecStart=/usr/bin/ssh-keygen -A
      RemainAfterExit=yes

      [Install]
      WantedBy=multi-user.target ssh.service
      """;

  private RootfsTree() {}

  /**
   * Prepares the empty tree before debootstrap: {@code RESUME=none} for initramfs-tools, so the
   * initramfs the kernel's installation builds does not name a swap device of the BUILD host
   * (which its resume hook would otherwise find in /proc/swaps and the installed system would wait
   * for at every boot).
   */
  static void prepare(Path tree) throws IOException {
    Path resume = tree.resolve("etc/initramfs-tools/conf.d/resume");
    Files.createDirectories(resume.getParent());
    Files.writeString(resume, "RESUME=none\n");
  }

  /**
   * @return the problems of the built tree's boot files: every installed kernel needs its
   *     initramfs, which deploys use as it is (they do not regenerate it)
   */
  static List<String> bootProblems(Path tree) throws IOException {
    List<String> problems = new java.util.ArrayList<>();
    Path modules = tree.resolve("lib/modules");
    List<Path> kernels;
    try (var s = Files.list(modules)) {
      kernels = s.filter(Files::isDirectory).sorted().toList();
    } catch (java.nio.file.NoSuchFileException e) {
      kernels = List.of();
    }
    if (kernels.isEmpty()) {
      problems.add("no kernel under /lib/modules");
    }
    for (Path k : kernels) {
      String version = k.getFileName().toString();
      if (!Files.isRegularFile(tree.resolve("boot/vmlinuz-" + version))) {
        problems.add("no /boot/vmlinuz-" + version);
      }
      if (!Files.isRegularFile(tree.resolve("boot/initrd.img-" + version))) {
        problems.add("no /boot/initrd.img-" + version + " (initramfs-tools did not build it)");
      }
    }
    return problems;
  }

  /** Cleans the tree in place. */
  static void clean(Path tree) throws IOException {
    for (String folder : List.of("var/lib/apt/lists", "var/cache/apt/archives", "tmp", "var/tmp")) {
      emptyFolder(tree.resolve(folder));
    }
    deleteMatching(tree.resolve("var/cache/apt"), "*.bin");
    deleteMatching(tree.resolve("etc/ssh"), "ssh_host_*");
    Files.deleteIfExists(tree.resolve("usr/sbin/policy-rc.d"));
    Files.deleteIfExists(tree.resolve("var/lib/dbus/machine-id"));
    // Empty, not absent: systemd then derives a machine ID on first boot and writes it.
    Files.writeString(tree.resolve("etc/machine-id"), "");
    Files.writeString(tree.resolve("etc/hostname"), "localhost\n");
    Files.setPosixFilePermissions(tree.resolve("etc/hostname"), PosixFilePermissions.fromString("rw-r--r--"));
    Files.deleteIfExists(tree.resolve("etc/resolv.conf"));
    Files.writeString(tree.resolve("etc/resolv.conf"), "");
    Path unit = tree.resolve("etc/systemd/system").resolve(HOST_KEYS_UNIT);
    Files.createDirectories(unit.getParent());
    Files.writeString(unit, HOST_KEYS);
    for (String target : List.of("multi-user.target.wants", "ssh.service.wants")) {
      Path link = tree.resolve("etc/systemd/system").resolve(target).resolve(HOST_KEYS_UNIT);
      Files.createDirectories(link.getParent());
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of("/etc/systemd/system", HOST_KEYS_UNIT));
    }
  }

  private static void emptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.toList()) {
        if (p.getFileName().toString().equals("partial") || p.getFileName().toString().equals("lock")) {
          continue;
        }
        deleteTree(p);
      }
    }
  }

  private static void deleteMatching(Path folder, String glob) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var entries = Files.newDirectoryStream(folder, glob)) {
      for (Path p : entries) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> entries = Files.list(p)) {
        for (Path child : entries.toList()) {
          deleteTree(child);
        }
      }
    }
    Files.deleteIfExists(p);
  }
}
