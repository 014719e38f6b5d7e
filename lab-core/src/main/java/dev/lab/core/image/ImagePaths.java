package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import java.nio.file.Path;

/** Where a built image lives under the artifact root: {@code images/<image>/<arch>/}. */
public final class ImagePaths {
  /** The archive's file name. */
  public static final String ARCHIVE = "rootfs.tar.zst";
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private ImagePaths() {}

  /** @return the archive's path relative to the artifact root, with {@code /} separators */
  public static String archive(String image, Architecture arch) {
    return "images/" + image + "/" + arch.id() + "/" + ARCHIVE;
  }

  /** @return the folder of one image and architecture */
  public static Path dir(Path artifactRoot, String image, Architecture arch) {
    return artifactRoot.resolve("images").resolve(image).resolve(arch.id());
  }

  /** @return the manifest of one image and architecture */
  public static Path manifest(Path artifactRoot, String image, Architecture arch) {
    return dir(artifactRoot, image, arch).resolve(MANIFEST);
  }
}
