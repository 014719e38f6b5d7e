package dev.lab.it.debian;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Debian 12 netboot installer's kernel and initrd, from the Debian package {@code
 * debian-installer-12-netboot-amd64} (text frontend). Property {@code lab.it.d-i} names another
 * folder holding {@code linux} and {@code initrd.gz}.
 */
public final class DebianInstallerImages {

  private static final String DEFAULT_DIR =
      "/usr/lib/debian-installer/images/12/amd64/text/debian-installer/amd64";

  private final Path kernel;
  private final Path initrd;

  private DebianInstallerImages(Path dir) {
    this.kernel = dir.resolve("linux");
    this.initrd = dir.resolve("initrd.gz");
  }

  /**
   * Finds the images.
   *
   * @throws IllegalStateException naming the package when they are missing
   */
  public static DebianInstallerImages find() {
    DebianInstallerImages images = new DebianInstallerImages(Path.of(System.getProperty("lab.it.d-i", DEFAULT_DIR)));
    for (Path file : new Path[] {images.kernel, images.initrd}) {
      if (!Files.isReadable(file)) {
        throw new IllegalStateException(file + " is missing: install the Debian package"
            + " debian-installer-12-netboot-amd64 (see lab-it/packages.txt) or set -Dlab.it.d-i=FOLDER");
      }
    }
    return images;
  }

  /** The installer's kernel ({@code linux}). */
  public Path kernel() {
    return kernel;
  }

  /** The installer's initrd ({@code initrd.gz}). */
  public Path initrd() {
    return initrd;
  }
}
