package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import java.nio.file.Path;
import java.util.Map;

/** Chooses how a catalog image is built: Debian releases with debootstrap. */
public final class DebianImages {
  /** The Debian releases Lab builds, by version. */
  static final Map<String, String> SUITES = Map.of("12", "bookworm");
  /** The mirror when neither the catalog nor the host's apt names one. */
  static final String DEFAULT_MIRROR = "http://deb.debian.org/debian";

  private DebianImages() {}

  /** @return whether Lab can build this image */
  public static boolean buildable(Image image) {
    return "debian".equals(image.os()) && SUITES.containsKey(image.version());
  }

  /**
   * @param image the catalog image
   * @param arch the architecture to build
   * @param aptDir the host's apt configuration, for its mirror
   * @return the recipe of the build
   * @throws ImageBuildException when Lab cannot build the image or the catalog lacks the architecture
   */
  public static DebootstrapRecipe recipe(Image image, Architecture arch, Path aptDir) {
    if (!buildable(image)) {
      throw ImageBuildException.refused("Lab builds Debian 12 images only (with debootstrap); image "
          + image.name() + " is " + image.os() + " " + image.version()
          + ": build its rootfs archive with other tools and set rootfs and sha256 in images.yaml");
    }
    if (arch != Architecture.X86_64 && arch != Architecture.AARCH64) {
      throw ImageBuildException.refused("Lab builds x86_64 and aarch64 images, not " + arch.id());
    }
    ImageArtifacts artifacts = image.artifacts(arch).orElseThrow(() -> ImageBuildException.refused(
        "image " + image.name() + " has no " + arch.id() + " entry in images.yaml: add architectures."
            + arch.id() + " (its repository is the mirror the build uses)"));
    String repository = artifacts.repository();
    String mirror = repository != null && (repository.startsWith("http://") || repository.startsWith("https://"))
        ? repository.replaceAll("/+$", "")
        : AptMirrors.debian(aptDir).orElse(DEFAULT_MIRROR);
    return DebootstrapRecipe.bootable(SUITES.get(image.version()), arch, mirror);
  }
}
