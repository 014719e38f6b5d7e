package dev.lab.core.config;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Bootc;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks each image: it provides at least one architecture, each architecture's artifacts hang
 * together, and a bootc image's settings agree and its credentials file exists.
 */
final class ImageChecks {
  private final Path labDir;
  private final Problems problems;

  ImageChecks(Path labDir, Problems problems) {
    this.labDir = labDir;
    this.problems = problems;
  }

  void check(Located<Image> located) {
    Image image = located.value();
    if (image.architectures().isEmpty()) {
      problems.add(located.at("architectures", "an image needs the artifacts of at least one architecture"));
    }
    for (Map.Entry<Architecture, ImageArtifacts> e : image.architectures().entrySet()) {
      artifacts(located, PropertyPath.child("architectures", e.getKey().id()), e.getValue());
    }
    if (image.bootc() != null) {
      bootc(located, image.bootc());
    }
  }

  private void artifacts(Located<Image> located, String at, ImageArtifacts a) {
    if (a.kernel() == null && a.repository() == null && a.iso() == null && a.rootfs() == null
        && a.squashfs() == null) {
      problems.add(located.at(at, "gives no artifact: set kernel, repository, iso, squashfs or rootfs"));
    }
    if (!a.initrds().isEmpty() && a.kernel() == null) {
      problems.add(located.at(PropertyPath.child(at, "initrds"), "initrds need the kernel they boot with: set kernel"));
    }
    if ((a.hypervisor() != null || a.installImage() != null) && a.kernel() == null) {
      problems.add(located.at(PropertyPath.child(at, a.hypervisor() != null ? "hypervisor" : "installImage"),
          "needs the kernel loaded with it: set kernel"));
    }
    if (a.sha256() != null && a.rootfs() == null) {
      problems.add(located.at(PropertyPath.child(at, "sha256"), "is the checksum of the rootfs archive: set rootfs"));
    }
  }

  private void bootc(Located<Image> located, Bootc b) {
    boolean path = b.url().startsWith("/");
    boolean layout = "oci".equals(b.transport()) || "oci-archive".equals(b.transport());
    if (path != layout) {
      problems.add(located.at("bootc.url", path
          ? "is a path, which needs transport oci or oci-archive"
          : "is a registry reference, which transport " + b.transport() + " cannot fetch: give an absolute path"));
    }
    if (b.registryAuthFile() != null && !Files.isRegularFile(labDir.resolve(b.registryAuthFile()))) {
      problems.add(located.at("bootc.registryAuthFile", "no file " + b.registryAuthFile()
          + " in the lab directory"));
    }
  }
}
