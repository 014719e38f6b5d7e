package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsTreeTest {
  @Test
  void removesWhatIsHostOrMachineSpecific(@TempDir Path tree) throws Exception {
    write(tree, "etc/machine-id", "0123456789abcdef0123456789abcdef\n");
    write(tree, "var/lib/dbus/machine-id", "0123\n");
    write(tree, "etc/hostname", "buildhost\n");
    write(tree, "etc/resolv.conf", "nameserver 10.0.0.1\n");
    write(tree, "etc/ssh/ssh_host_ed25519_key", "private");
    write(tree, "etc/ssh/ssh_host_ed25519_key.pub", "public");
    write(tree, "etc/ssh/sshd_config", "kept");
    write(tree, "usr/sbin/policy-rc.d", "exit 101");
    write(tree, "var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", "lists");
    write(tree, "var/cache/apt/archives/bash.deb", "deb");
    write(tree, "var/cache/apt/pkgcache.bin", "cache");
    write(tree, "tmp/junk/file", "junk");

    RootfsTree.clean(tree);

    assertThat(tree.resolve("etc/machine-id")).isEmptyFile();
    assertThat(tree.resolve("etc/hostname")).hasContent("localhost");
    assertThat(tree.resolve("etc/resolv.conf")).isEmptyFile();
    assertThat(tree.resolve("etc/ssh/sshd_config")).hasContent("kept");
    for (String gone : new String[] {"var/lib/dbus/machine-id", "etc/ssh/ssh_host_ed25519_key",
        "etc/ssh/ssh_host_ed25519_key.pub", "usr/sbin/policy-rc.d", "var/cache/apt/archives/bash.deb",
        "var/cache/apt/pkgcache.bin", "tmp/junk"}) {
      assertThat(tree.resolve(gone)).as(gone).doesNotExist();
    }
    assertThat(tree.resolve("var/lib/apt/lists")).isEmptyDirectory();
    Path unit = tree.resolve("etc/systemd/system/lab-ssh-host-keys.service");
    assertThat(Files.readString(unit)).contains("ExecStart=/usr/bin/ssh-keygen -A", "Before=ssh.service",
        "ConditionPathExistsGlob=!/etc/ssh/ssh_host_*_key");
    assertThat(Files.readSymbolicLink(tree.resolve("etc/systemd/system/multi-user.target.wants/lab-ssh-host-keys.service")))
        .isEqualTo(Path.of("/etc/systemd/system/lab-ssh-host-keys.service"));
  }

  @Test
  void theTreeIsPreparedSoTheInitramfsNamesNoSwapOfTheBuildHost(@TempDir Path tree) throws Exception {
    RootfsTree.prepare(tree);
    assertThat(tree.resolve("etc/initramfs-tools/conf.d/resume")).hasContent("RESUME=none");
  }

  @Test
  void everyKernelNeedsItsImageAndInitramfs(@TempDir Path tree) throws Exception {
    assertThat(RootfsTree.bootProblems(tree)).containsExactly("no kernel under /lib/modules");
    Files.createDirectories(tree.resolve("lib/modules/6.1.0-50-amd64"));
    Files.createDirectories(tree.resolve("lib/modules/6.1.0-51-amd64"));
    write(tree, "boot/vmlinuz-6.1.0-50-amd64", "kernel");
    write(tree, "boot/initrd.img-6.1.0-50-amd64", "initramfs");
    write(tree, "boot/vmlinuz-6.1.0-51-amd64", "kernel");
    assertThat(RootfsTree.bootProblems(tree)).containsExactly(
        "no /boot/initrd.img-6.1.0-51-amd64 (initramfs-tools did not build it)");
    write(tree, "boot/initrd.img-6.1.0-51-amd64", "initramfs");
    assertThat(RootfsTree.bootProblems(tree)).isEmpty();
  }

  private static void write(Path tree, String file, String content) throws Exception {
    Path p = tree.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }
}
