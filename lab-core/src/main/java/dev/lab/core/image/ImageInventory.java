package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Every catalog image and architecture, with its rootfs archive: built by Lab, given in images.yaml, or none. */
public final class ImageInventory {
  private ImageInventory() {}

  /** Where an image's rootfs archive comes from. */
  public enum Source {
    /** Built by {@code lab image build}; its manifest is known. */
    BUILT,
    /** Given in images.yaml ({@code rootfs} and {@code sha256}). */
    CATALOG,
    /** None yet. */
    NONE
  }

  /**
   * One row.
   *
   * @param image the image
   * @param arch the architecture
   * @param source where its rootfs archive comes from
   * @param rootfs the archive, relative to the artifact root or a URL; null when none
   * @param sha256 its SHA-256; null when none
   * @param manifest the build's manifest when built; null otherwise
   * @param buildable whether {@code lab image build} can build it
   */
  public record Entry(Image image, Architecture arch, Source source, String rootfs, String sha256,
      ImageManifest manifest, boolean buildable) {}

  /**
   * @param images the loaded catalog (built images already registered)
   * @param artifactRoot the artifact root
   * @return one entry per image and architecture, by image name then architecture
   */
  public static List<Entry> of(Collection<Image> images, Path artifactRoot) {
    List<Entry> entries = new ArrayList<>();
    for (Image image : images.stream().sorted(java.util.Comparator.comparing(Image::name)).toList()) {
      for (Map.Entry<Architecture, ImageArtifacts> e : image.architectures().entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        ImageArtifacts a = e.getValue();
        String rootfs = a == null ? null : a.rootfs();
        Path manifest = ImagePaths.manifest(artifactRoot, image.name(), e.getKey());
        ImageManifest m = null;
        Source source = Source.NONE;
        if (rootfs != null && rootfs.equals(ImagePaths.archive(image.name(), e.getKey()))
            && Files.isRegularFile(manifest)) {
          m = ImageManifests.read(manifest);
          source = m.sha256().equals(a.sha256()) ? Source.BUILT : Source.CATALOG;
        } else if (rootfs != null) {
          source = Source.CATALOG;
        }
        entries.add(new Entry(image, e.getKey(), source, rootfs, a == null ? null : a.sha256(),
            source == Source.BUILT ? m : null, DebianImages.buildable(image)));
      }
    }
    return List.copyOf(entries);
  }
}
