package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import dev.lab.core.image.ImageInventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog picks up what lab image build left under the artifact root. */
class BuiltImagesTest {
  static final String SHA = "0123456789abcdef".repeat(4);

  static void built(Path lab, String image, String arch, String manifestName, String manifestArch) throws Exception {
    Path dir = lab.resolve("artifacts/images").resolve(image).resolve(arch);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("rootfs.tar.zst"), "archive");
    ImageManifests.write(new ImageManifest(manifestName, "debian", "12", manifestArch, SHA, 7, "zstd", List.of(),
        "2026-11-22T07:00:00Z", "debootstrap 1.0.128"), dir.resolve("manifest.json"));
  }

  @Test
  void aBuiltImageGetsItsArchiveAndChecksum(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    built(lab, "debian-12", "x86_64", "debian-12", "x86_64");

    LabLoad load = LabDirectory.load(lab);

    assertThat(load.problems()).isEmpty();
    ImageArtifacts x86 = load.lab().image("debian-12").orElseThrow().artifacts(Architecture.X86_64).orElseThrow();
    assertThat(x86.rootfs()).isEqualTo("images/debian-12/x86_64/rootfs.tar.zst");
    assertThat(x86.sha256()).isEqualTo(SHA);
    assertThat(x86.kernel()).isEqualTo("debian-12/x86_64/linux");
    assertThat(load.lab().image("debian-12").orElseThrow().artifacts(Architecture.AARCH64).orElseThrow().rootfs())
        .isNull();
    assertThat(ImageInventory.of(load.lab().images().values(), load.lab().artifactRoot()))
        .filteredOn(e -> e.image().name().equals("debian-12"))
        .extracting(e -> e.arch().id() + " " + e.source() + " " + (e.manifest() == null ? "-" : e.manifest().builder()))
        .containsExactly("x86_64 BUILT debootstrap 1.0.128", "aarch64 NONE -");
  }

  @Test
  void anExplicitRootfsInTheCatalogWins(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    Path images = lab.resolve("images.yaml");
    Files.writeString(images, Files.readString(images).replace(
        "        repository: http://deb.debian.org/debian\n      aarch64:\n        kernel: debian-12/aarch64/linux",
        "        repository: http://deb.debian.org/debian\n        rootfs: mine/rootfs.tar.zst\n        sha256: "
            + "f".repeat(64) + "\n      aarch64:\n        kernel: debian-12/aarch64/linux"));
    built(lab, "debian-12", "x86_64", "debian-12", "x86_64");

    LabLoad load = LabDirectory.load(lab);

    assertThat(load.problems()).isEmpty();
    ImageArtifacts x86 = load.lab().image("debian-12").orElseThrow().artifacts(Architecture.X86_64).orElseThrow();
    assertThat(x86.rootfs()).isEqualTo("mine/rootfs.tar.zst");
    assertThat(x86.sha256()).isEqualTo("f".repeat(64));
    assertThat(ImageInventory.of(load.lab().images().values(), load.lab().artifactRoot()))
        .filteredOn(e -> e.image().name().equals("debian-12") && e.arch() == Architecture.X86_64)
        .extracting(ImageInventory.Entry::source).containsExactly(ImageInventory.Source.CATALOG);
  }

  @Test
  void aManifestOfAnotherImageOrArchitectureIsANoteNamingTheFile(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    built(lab, "debian-12", "x86_64", "debian-11", "x86_64");
    built(lab, "debian-12", "aarch64", "debian-12", "x86_64");

    LabLoad load = LabDirectory.load(lab);

    assertThat(load.problems()).isEmpty();
    assertThat(load.lab().image("debian-12").orElseThrow().artifacts(Architecture.X86_64).orElseThrow().rootfs())
        .isNull();
    assertThat(load.lab().notes()).extracting(Diagnostic::toString).containsExactly(
        "artifacts/images/debian-12/aarch64/manifest.json: describes image debian-12 for x86_64, but lies where image"
            + " debian-12 for aarch64 belongs: rebuild it with lab image build debian-12 --arch aarch64",
        "artifacts/images/debian-12/x86_64/manifest.json: describes image debian-11 for x86_64, but lies where image"
            + " debian-12 for x86_64 belongs: rebuild it with lab image build debian-12 --arch x86_64");
  }

  @Test
  void aBrokenManifestOrAMissingArchiveIsANote(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    built(lab, "debian-12", "x86_64", "debian-12", "x86_64");
    Files.writeString(lab.resolve("artifacts/images/debian-12/x86_64/manifest.json"), "{\"name\": ");
    built(lab, "debian-12", "aarch64", "debian-12", "aarch64");
    Files.delete(lab.resolve("artifacts/images/debian-12/aarch64/rootfs.tar.zst"));

    List<String> problems = LabDirectory.load(lab).lab().notes().stream().map(Diagnostic::toString).toList();

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("artifacts/images/debian-12/aarch64/manifest.json: has no rootfs.tar.zst"
        + " next to it");
    assertThat(problems.get(1)).startsWith("artifacts/images/debian-12/x86_64/manifest.json: is not a valid image"
        + " manifest").endsWith("(rebuild it: lab image build debian-12 --arch x86_64)");
  }

  @Test
  void aRootfsServerWithoutABuiltImageIsANoteNotAProblem(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    Path server = lab.resolve("servers/web01.yaml");
    Files.writeString(server, Files.readString(server).replaceFirst("(?m)^profile: .*$", "profile: debian-rootfs"));

    LabLoad load = LabDirectory.load(lab);

    assertThat(load.problems()).isEmpty();
    assertThat(load.lab().notes()).extracting(Diagnostic::toString).singleElement().asString()
        .matches("servers/web01\\.yaml:\\d+: profile: image debian-12 has no rootfs archive for x86_64 — build it with"
            + " `lab image build debian-12 --arch x86_64`");

    built(lab, "debian-12", "x86_64", "debian-12", "x86_64");
    assertThat(LabDirectory.load(lab).lab().notes()).isEmpty();
  }

  @Test
  void aRootfsProfileOfAnImageLabCannotBuildStaysAProblem(@TempDir Path lab) throws Exception {
    ExampleLab.write(lab);
    Path profile = lab.resolve("profiles/debian-rootfs.yaml");
    Files.writeString(profile, Files.readString(profile).replace("image: debian-12", "image: fedora-41"));

    assertThat(LabDirectory.load(lab).problems()).extracting(Diagnostic::toString).anyMatch(d -> d.startsWith(
        "profiles/debian-rootfs.yaml:") && d.contains("image fedora-41 has none and Lab cannot build it"));
  }
}
