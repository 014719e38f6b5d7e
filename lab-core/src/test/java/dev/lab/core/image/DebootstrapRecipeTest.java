package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Architecture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebootstrapRecipeTest {
  static final String MIRROR = "http://deb.debian.org/debian";

  @Test
  void x86_64GetsGrubForBiosAndUefiAndNoCloudInit() {
    DebootstrapRecipe r = DebootstrapRecipe.bootable("bookworm", Architecture.X86_64, MIRROR);
    assertThat(r.packages()).contains("linux-image-amd64", "grub-pc-bin", "grub-efi-amd64-bin", "grub2-common",
        "initramfs-tools", "systemd-sysv", "udev", "openssh-server", "curl", "ca-certificates", "sudo", "iproute2",
        "zstd").doesNotContain("cloud-init").isSorted();
    assertThat(r.command(Path.of("/build/tree"))).containsExactly("debootstrap", "--variant=minbase", "--arch=amd64",
        "--include=" + String.join(",", r.packages()), "bookworm", "/build/tree", MIRROR);
  }

  @Test
  void aarch64GetsTheArm64KernelAndGrubEfi() {
    DebootstrapRecipe r = DebootstrapRecipe.bootable("bookworm", Architecture.AARCH64, MIRROR);
    assertThat(r.packages()).contains("linux-image-arm64", "grub-efi-arm64-bin")
        .doesNotContain("grub-pc-bin", "linux-image-amd64");
    assertThat(r.command(Path.of("/t"))).contains("--arch=arm64");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theCacheKeyIgnoresPackageOrder(long seed) {
    DebootstrapRecipe r = DebootstrapRecipe.bootable("bookworm", Architecture.X86_64, MIRROR);
    List<String> shuffled = new ArrayList<>(r.packages());
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(new DebootstrapRecipe("bookworm", Architecture.X86_64, MIRROR, shuffled).cacheKey())
        .isEqualTo(r.cacheKey()).matches("[0-9a-f]{64}");
  }

  @Test
  void everyInputChangesTheCacheKey() {
    DebootstrapRecipe base = DebootstrapRecipe.bootable("bookworm", Architecture.X86_64, MIRROR);
    List<String> more = new ArrayList<>(base.packages());
    more.add("vim-tiny");
    assertThat(List.of(
        new DebootstrapRecipe("trixie", Architecture.X86_64, MIRROR, base.packages()).cacheKey(),
        new DebootstrapRecipe("bookworm", Architecture.AARCH64, MIRROR, base.packages()).cacheKey(),
        new DebootstrapRecipe("bookworm", Architecture.X86_64, "http://mirror.example/debian", base.packages()).cacheKey(),
        new DebootstrapRecipe("bookworm", Architecture.X86_64, MIRROR, more).cacheKey()))
        .doesNotContain(base.cacheKey()).doesNotHaveDuplicates();
  }
}
