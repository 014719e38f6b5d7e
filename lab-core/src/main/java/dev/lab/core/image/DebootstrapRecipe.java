package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What a debootstrap build installs: the suite, the Debian architecture, the mirror and the
 * packages on top of {@code --variant=minbase}. Its {@link #cacheKey()} names a cached build.
 *
 * @param suite the Debian suite, for example {@code bookworm}
 * @param arch the architecture
 * @param mirror the Debian mirror, for example {@code http://deb.debian.org/debian}
 * @param packages the packages added with {@code --include}, sorted
 */
public record DebootstrapRecipe(String suite, Architecture arch, String mirror, List<String> packages) {
  /** Bumped when the way a tree is cleaned or packed changes, so older cache entries are not reused. */
  static final int FORMAT = 2;

  public DebootstrapRecipe {
    packages = List.copyOf(new TreeSet<>(packages));
  }

  /**
   * @param suite the Debian suite
   * @param arch the architecture; x86_64 or aarch64
   * @param mirror the mirror
   * @return the recipe of a lean, bootable Debian: kernel, GRUB for BIOS and UEFI, systemd, udev,
   *     OpenSSH, curl, sudo, iproute2, zstd; no cloud-init
   */
  public static DebootstrapRecipe bootable(String suite, Architecture arch, String mirror) {
    List<String> p = new ArrayList<>(List.of("linux-image-" + debianArch(arch), "grub2-common",
        "initramfs-tools", "systemd-sysv", "udev", "openssh-server", "curl", "ca-certificates", "sudo",
        "iproute2", "zstd"));
    if (arch == Architecture.X86_64) {
      p.addAll(List.of("grub-pc-bin", "grub-efi-amd64-bin"));
    } else {
      p.add("grub-efi-arm64-bin");
    }
    return new DebootstrapRecipe(suite, arch, mirror, p);
  }

  /** @return Debian's name of the architecture: amd64, arm64 */
  public static String debianArch(Architecture arch) {
    return switch (arch) {
      case X86_64 -> "amd64";
      case AARCH64 -> "arm64";
      case RISCV64 -> "riscv64";
    };
  }

  /** @return the debootstrap command that builds the tree into {@code target} */
  public List<String> command(Path target) {
    return List.of("debootstrap", "--variant=minbase", "--arch=" + debianArch(arch),
        "--include=" + String.join(",", packages), suite, target.toString(), mirror);
  }

  /** @return a hex SHA-256 of every input of the build: equal keys, interchangeable archives */
  public String cacheKey() {
    String inputs = "format " + FORMAT + "\nsuite " + suite + "\narch " + arch.id() + "\nmirror " + mirror
        + "\npackages " + String.join(",", packages) + "\n";
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(inputs.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
