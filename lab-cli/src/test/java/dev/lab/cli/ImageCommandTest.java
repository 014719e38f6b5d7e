package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.model.Architecture;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import dev.lab.core.image.PackageVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImageCommandTest {
  static final String SHA = "5a".repeat(32);

  @TempDir
  Path tmp;

  Path lab;

  @BeforeEach
  void init() {
    lab = tmp.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
  }

  void built() throws Exception {
    Path dir = lab.resolve("artifacts/images/debian-12/x86_64");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("rootfs.tar.zst"), "archive");
    ImageManifests.write(new ImageManifest("debian-12", "debian", "12", "x86_64", SHA, 175_312_000L, "zstd",
        List.of(new PackageVersion("bash", "5.2.15-2+b7"), new PackageVersion("zstd", "1.5.4+dfsg2-5")),
        "2026-11-22T07:31:05Z", "debootstrap 1.0.128+nmu2+deb12u2"), dir.resolve("manifest.json"));
  }

  @Test
  void listShowsEveryImageAndArchitectureAndWhatIsBuilt() throws Exception {
    built();
    Cli.Result r = Cli.run("image", "list", "--lab", lab.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).matches("IMAGE +ARCH +OS +VERSION +ROOTFS +SIZE +SHA256 +BUILT +PACKAGES");
    assertThat(lines).anyMatch(l -> l.matches("debian-12 +x86_64 +debian +12 +built +175 MB +5a5a5a5a5a5a +2026-11-22 +2"))
        .anyMatch(l -> l.matches("debian-12 +aarch64 +debian +12 +not built +- +- +- +-"))
        .anyMatch(l -> l.matches("fedora-41 +x86_64 +fedora +41 +- +- +- +- +-"))
        .anyMatch(l -> l.matches("xcpng-8.3 +x86_64 +xcpng +8.3 .*"));
    assertThat(lines).hasSize(1 + 13);
  }

  @Test
  void listAsJson() throws Exception {
    built();
    Cli.Result r = Cli.run("image", "list", "-o", "json", "--lab", lab.toString());

    assertThat(r.code()).isZero();
    JsonNode images = new ObjectMapper().readTree(r.out()).get("images");
    JsonNode x86 = null;
    for (JsonNode i : images) {
      if (i.get("name").asText().equals("debian-12") && i.get("arch").asText().equals("x86_64")) {
        x86 = i;
      }
    }
    assertThat(x86).isNotNull();
    assertThat(x86.get("rootfs").asText()).isEqualTo("built");
    assertThat(x86.get("archive").asText()).isEqualTo("images/debian-12/x86_64/rootfs.tar.zst");
    assertThat(x86.get("sha256").asText()).isEqualTo(SHA);
    assertThat(x86.get("size").asLong()).isEqualTo(175_312_000L);
    assertThat(x86.get("packages").asInt()).isEqualTo(2);
    assertThat(x86.get("builder").asText()).isEqualTo("debootstrap 1.0.128+nmu2+deb12u2");
  }

  @Test
  void buildRefusesAnImageLabCannotBuildAndAnUnknownImage() {
    Cli.Result fedora = Cli.run("image", "build", "fedora-41", "--lab", lab.toString(), "--cache", tmp.resolve("c").toString());
    assertThat(fedora.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(fedora.err()).contains("lab: cannot build fedora-41 for x86_64: Lab builds Debian 12 images only");

    Cli.Result unknown = Cli.run("image", "build", "debian-13", "--lab", lab.toString());
    assertThat(unknown.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(unknown.err()).contains("no image named 'debian-13' in images.yaml");
    assertThat(tmp.resolve("c")).doesNotExist();
  }

  @Test
  void buildParsesArchitecturesAndTheCache() {
    ImageBuildCommand c = parse("debian-12", "--arch", "x86_64,aarch64,x86_64", "--no-cache");
    assertThat(c.image).isEqualTo("debian-12");
    assertThat(c.architectures()).containsExactly(Architecture.X86_64, Architecture.AARCH64);
    assertThat(c.noCache).isTrue();
    assertThat(parse("debian-12").architectures()).hasSize(1);

    assertThat(parse("debian-12", "--cache", "/var/cache/lab").cacheDir(Map.of("LAB_CACHE", "/elsewhere")))
        .isEqualTo(Path.of("/var/cache/lab"));
    assertThat(parse("debian-12").cacheDir(Map.of("LAB_CACHE", "/srv/cache"))).isEqualTo(Path.of("/srv/cache"));
    assertThat(parse("debian-12").cacheDir(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/home/u")))
        .isEqualTo(Path.of("/x/lab/images"));
    assertThat(parse("debian-12").cacheDir(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.cache/lab/images"));
  }

  @Test
  void aWrongArchitectureIsInvalidInput() {
    Cli.Result r = Cli.run("image", "build", "debian-12", "--arch", "sparc", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("--arch: 'sparc' is not an architecture: give x86_64 or aarch64");
  }

  @Test
  void validateNotesARootfsServerWhoseImageIsNotBuilt() throws Exception {
    Path server = lab.resolve("servers/web01.yaml");
    Files.writeString(server, Files.readString(server).replaceFirst("(?m)^profile: .*$", "profile: debian-rootfs"));

    Cli.Result r = Cli.run("validate", "--lab", lab.toString());

    assertThat(r.err()).contains("note: servers/web01.yaml:").contains("profile: image debian-12 has no rootfs archive"
        + " for x86_64 — build it with `lab image build debian-12 --arch x86_64`");
  }

  @Test
  void imageNeedsASubcommand() {
    Cli.Result r = Cli.run("image");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
  }

  private static ImageBuildCommand parse(String... args) {
    ImageBuildCommand c = new ImageBuildCommand();
    new CommandLine(c).parseArgs(args);
    return c;
  }
}
