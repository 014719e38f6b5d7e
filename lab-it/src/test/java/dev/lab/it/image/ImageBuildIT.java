package dev.lab.it.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.config.Lab;
import dev.lab.core.config.LabDirectory;
import dev.lab.core.image.ImageBuildException;
import dev.lab.core.image.ImageBuilder;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import dev.lab.core.image.PackageVersion;
import dev.lab.it.ItLogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code lab image build debian-12} for x86_64: debootstrap from the Debian mirror (needs root
 * and the network), the archive's contents, the manifest, registration in the catalog, the cache, and
 * a failed build that leaves the previous image in place. Build time and archive size are written to
 * {@code target/it-logs/ImageBuildIT/timings.txt}.
 */
class ImageBuildIT {
  @TempDir
  Path tmp;

  @Test
  void buildsRegistersCachesAndSurvivesAFailedRebuild() throws Exception {
    Path logs = ItLogs.dir("ImageBuildIT");
    Path labDir = tmp.resolve("lab");
    ExampleLab.write(labDir);
    Lab lab = LabDirectory.load(labDir).lab();
    Image debian = lab.image("debian-12").orElseThrow();
    Path cache = tmp.resolve("cache");
    List<String> progress = new ArrayList<>();
    ImageBuilder builder = ImageBuilder.onThisHost(progress::add);

    ImageBuilder.Result first = builder.build(
        new ImageBuilder.Request(debian, Architecture.X86_64, lab.artifactRoot(), cache, false));
    ImageBuilder.Result again = builder.build(
        new ImageBuilder.Request(debian, Architecture.X86_64, lab.artifactRoot(), cache, true));

    Path dir = lab.artifactRoot().resolve("images/debian-12/x86_64");
    ImageManifest manifest = ImageManifests.read(dir.resolve("manifest.json"));
    long unpacked = unpackedSize(first.archive());
    Files.writeString(logs.resolve("timings.txt"), String.format(Locale.ROOT,
        "build %.1f s (debootstrap + clean + pack), cached rebuild %.1f s, archive %d bytes, unpacked %d bytes,"
            + " %d packages, %s%n", first.seconds(), again.seconds(), manifest.size(), unpacked,
        manifest.packages().size(), manifest.builder()));
    Files.write(logs.resolve("progress.txt"), progress);

    assertThat(first.fromCache()).isFalse();
    assertThat(again.fromCache()).isTrue();
    assertThat(again.manifest().sha256()).isEqualTo(first.manifest().sha256());
    assertThat(again.seconds()).isLessThan(first.seconds() / 3);
    assertThat(manifest).isEqualTo(first.manifest());
    assertThat(manifest.name()).isEqualTo("debian-12");
    assertThat(manifest.arch()).isEqualTo("x86_64");
    assertThat(manifest.compression()).isEqualTo("zstd");
    assertThat(manifest.size()).isEqualTo(Files.size(dir.resolve("rootfs.tar.zst")));
    assertThat(manifest.builder()).startsWith("debootstrap 1.");
    assertThat(manifest.packages()).extracting(PackageVersion::name)
        .contains("linux-image-amd64", "grub-pc-bin", "grub-efi-amd64-bin", "systemd-sysv", "udev",
            "openssh-server", "curl", "sudo", "iproute2", "zstd", "initramfs-tools")
        .doesNotContain("cloud-init");
    assertThat(sha256sum(dir.resolve("rootfs.tar.zst"))).isEqualTo(manifest.sha256());

    List<String> names = listing(first.archive());
    assertThat(names).contains("./usr/sbin/sshd", "./usr/lib/grub/i386-pc/", "./usr/lib/grub/x86_64-efi/",
        "./etc/systemd/system/lab-ssh-host-keys.service", "./etc/machine-id");
    assertThat(names).anyMatch(n -> n.startsWith("./boot/vmlinuz-")).anyMatch(n -> n.startsWith("./boot/initrd.img-"));
    assertThat(names).noneMatch(n -> n.startsWith("./etc/ssh/ssh_host_"))
        .noneMatch(n -> n.startsWith("./var/lib/apt/lists/") && n.endsWith("_Packages"))
        .noneMatch(n -> n.equals("./usr/sbin/policy-rc.d"));

    Lab reloaded = LabDirectory.load(labDir).lab();
    ImageArtifacts registered = reloaded.image("debian-12").orElseThrow().artifacts(Architecture.X86_64).orElseThrow();
    assertThat(registered.rootfs()).isEqualTo("images/debian-12/x86_64/rootfs.tar.zst");
    assertThat(registered.sha256()).isEqualTo(manifest.sha256());

    // A failed rebuild (an unreachable mirror) leaves the previous image as it was.
    Image broken = new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(null, null, "http://127.0.0.1:9/debian", null, null, null, null, null, null)), null);
    assertThatThrownBy(() -> builder.build(
        new ImageBuilder.Request(broken, Architecture.X86_64, lab.artifactRoot(), cache, false)))
        .isInstanceOf(ImageBuildException.class).hasMessageContaining("debootstrap failed");
    assertThat(ImageManifests.read(dir.resolve("manifest.json"))).isEqualTo(manifest);
    assertThat(sha256sum(dir.resolve("rootfs.tar.zst"))).isEqualTo(manifest.sha256());
    try (var leftovers = Files.list(cache)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("work-"));
    }
  }

  private static List<String> listing(Path archive) throws Exception {
    return run("tar", "--use-compress-program=zstd -d", "-tf", archive.toString()).lines().toList();
  }

  private static long unpackedSize(Path archive) throws Exception {
    String out = run("sh", "-c", "zstd -dc \"$1\" | wc -c", "sh", archive.toString());
    return Long.parseLong(out.trim());
  }

  private static String sha256sum(Path file) throws Exception {
    return run("sha256sum", file.toString()).split("\\s+")[0];
  }

  private static String run(String... argv) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", argv)).isZero();
    return out;
  }
}
