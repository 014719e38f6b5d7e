package dev.lab.core.image;

import java.util.List;

/**
 * What {@code lab image build} records next to a rootfs archive, as {@code manifest.json}.
 *
 * @param name the catalog image, for example {@code debian-12}
 * @param os its OS family, for example {@code debian}
 * @param version its OS version, for example {@code 12}
 * @param arch the architecture, for example {@code x86_64}
 * @param sha256 the archive's SHA-256, 64 lowercase hex digits
 * @param size the archive's size in bytes
 * @param compression the archive's compression: {@code zstd}
 * @param packages the packages installed in the tree, by name
 * @param builtAt when the tree was built, ISO-8601 UTC
 * @param builder the tool and its version, for example {@code debootstrap 1.0.128+nmu2+deb12u1}
 */
public record ImageManifest(String name, String os, String version, String arch, String sha256, long size,
    String compression, List<PackageVersion> packages, String builtAt, String builder) {

  public ImageManifest {
    packages = packages == null ? List.of() : List.copyOf(packages);
  }

  /** @return this manifest for another catalog image built from the same inputs */
  public ImageManifest renamed(String newName, String newOs, String newVersion) {
    return new ImageManifest(newName, newOs, newVersion, arch, sha256, size, compression, packages, builtAt,
        builder);
  }
}
