package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreePathsTest {
  @TempDir
  Path root;

  @Test
  void followsRelativeAndAbsoluteLinksInsideTheTree() throws Exception {
    Path lib = Files.createDirectories(root.resolve("lib/x86_64-linux-gnu"));
    Files.writeString(lib.resolve("ld-linux-x86-64.so.2"), "ld");
    Files.createDirectories(root.resolve("lib64"));
    Files.createSymbolicLink(root.resolve("lib64/ld-linux-x86-64.so.2"), Path.of("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"));
    Files.createDirectories(root.resolve("sbin"));
    Files.writeString(root.resolve("sbin/mke2fs"), "x");
    Files.createSymbolicLink(root.resolve("sbin/mkfs.ext4"), Path.of("mke2fs"));

    assertThat(TreePaths.resolve(root, "/lib64/ld-linux-x86-64.so.2")).isEqualTo(lib.resolve("ld-linux-x86-64.so.2"));
    assertThat(TreePaths.resolve(root, "/sbin/mkfs.ext4")).isEqualTo(root.resolve("sbin/mke2fs"));
    assertThat(TreePaths.resolve(root, "/sbin/missing")).isNull();
  }

  @Test
  void aLinkLeavingTheTreeResolvesToNothing() throws Exception {
    Files.createDirectories(root.resolve("bin"));
    Files.createSymbolicLink(root.resolve("bin/escape"), Path.of("../../../../etc/passwd"));
    assertThat(TreePaths.resolve(root, "/bin/escape")).isNull();
  }

  @Test
  void resolvesThroughALinkedDirectory() throws Exception {
    Files.createDirectories(root.resolve("usr/lib/x86_64-linux-gnu"));
    Files.writeString(root.resolve("usr/lib/x86_64-linux-gnu/libz.so.1"), "z");
    Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
    assertThat(TreePaths.resolve(root, "/lib/x86_64-linux-gnu/libz.so.1"))
        .isEqualTo(root.resolve("usr/lib/x86_64-linux-gnu/libz.so.1"));
  }
}
