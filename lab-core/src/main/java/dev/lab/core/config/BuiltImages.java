package dev.lab.core.config;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import dev.lab.core.image.ImagePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers the images {@code lab image build} left under the artifact root: a catalog image whose
 * architecture gives no {@code rootfs} gets the built archive ({@code images/<image>/<arch>/rootfs.tar.zst})
 * and the SHA-256 its {@code manifest.json} records. A {@code rootfs} written in images.yaml wins. A
 * manifest that cannot be read, or that describes another image or architecture, is a problem naming
 * the manifest.
 */
final class BuiltImages {
  private final Path labDir;
  private final Path artifactRoot;
  private final List<Diagnostic> notes = new ArrayList<>();

  BuiltImages(Path labDir, Path artifactRoot) {
    this.labDir = labDir;
    this.artifactRoot = artifactRoot;
  }

  /** @return the notes about manifests that could not be registered */
  List<Diagnostic> notes() {
    return List.copyOf(notes);
  }

  /** @return the images, each with the archives built for it registered */
  Map<String, Located<Image>> register(Map<String, Located<Image>> images) {
    Map<String, Located<Image>> result = new LinkedHashMap<>();
    images.forEach((name, located) -> result.put(name,
        new Located<>(name, register(located.value()), located.origins())));
    return result;
  }

  private Image register(Image image) {
    Map<Architecture, ImageArtifacts> arches = new EnumMap<>(Architecture.class);
    boolean changed = false;
    for (Map.Entry<Architecture, ImageArtifacts> e : image.architectures().entrySet()) {
      ImageArtifacts a = e.getValue();
      ImageManifest m = a == null || a.rootfs() != null || a.sha256() != null ? null : manifest(image, e.getKey());
      if (m != null) {
        a = new ImageArtifacts(a.kernel(), a.initrds(), a.repository(), a.iso(), a.squashfs(), a.hypervisor(),
            a.installImage(), ImagePaths.archive(image.name(), e.getKey()), m.sha256());
        changed = true;
      }
      arches.put(e.getKey(), a);
    }
    return changed
        ? new Image(image.name(), image.os(), image.version(), image.installer(), arches, image.bootc())
        : image;
  }

  /** @return the valid manifest built for this image and architecture, or null */
  private ImageManifest manifest(Image image, Architecture arch) {
    Path file = ImagePaths.manifest(artifactRoot, image.name(), arch);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String shown = shown(file);
    ImageManifest m;
    try {
      m = ImageManifests.read(file);
    } catch (ImageManifests.InvalidManifestException e) {
      notes.add(new Diagnostic(shown, 0, "", e.getMessage() + " (rebuild it: lab image build " + image.name()
          + " --arch " + arch.id() + ")"));
      return null;
    }
    if (!m.name().equals(image.name()) || !m.arch().equals(arch.id())) {
      notes.add(new Diagnostic(shown, 0, "", "describes image " + m.name() + " for " + m.arch() + ", but lies"
          + " where image " + image.name() + " for " + arch.id() + " belongs: rebuild it with lab image build "
          + image.name() + " --arch " + arch.id()));
      return null;
    }
    if (!Files.isRegularFile(file.resolveSibling(ImagePaths.ARCHIVE))) {
      notes.add(new Diagnostic(shown, 0, "", "has no " + ImagePaths.ARCHIVE + " next to it: rebuild it with "
          + "lab image build " + image.name() + " --arch " + arch.id()));
      return null;
    }
    return m;
  }

  private String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(labDir) ? labDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }
}
