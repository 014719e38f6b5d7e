package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageManifestsTest {
  static final String SHA = "ab".repeat(32);

  static ImageManifest manifest(String name, String arch) {
    return new ImageManifest(name, "debian", "12", arch, SHA, 175_000_000L, "zstd",
        List.of(new PackageVersion("bash", "5.2.15-2+b7"), new PackageVersion("openssh-server", "1:9.2p1-2")),
        "2026-11-22T07:00:00Z", "debootstrap 1.0.128+nmu2+deb12u2");
  }

  @Test
  void writesAndReadsEveryField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("manifest.json");
    ImageManifests.write(manifest("debian-12", "x86_64"), file);

    assertThat(ImageManifests.read(file)).isEqualTo(manifest("debian-12", "x86_64"));
    assertThat(Files.readString(file)).contains("\"sha256\" : \"" + SHA + "\"", "\"builtAt\" : \"2026-11-22T07:00:00Z\"",
        "\"name\" : \"openssh-server\"", "\"version\" : \"1:9.2p1-2\"", "\"compression\" : \"zstd\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "not json at all|is not a valid image manifest",
      "{\"arch\": \"x86_64\", \"sha256\": \"ab\", \"size\": 1}|has no name",
      "{\"name\": \"debian-12\", \"sha256\": \"abab\", \"size\": 1}|has no arch",
      "{\"name\": \"debian-12\", \"arch\": \"x86_64\", \"size\": 1}|has no sha256",
      "{\"name\": \"debian-12\", \"arch\": \"x86_64\", \"sha256\": \"ABC\", \"size\": 1}|is not 64 lowercase hex digits",
      "{\"name\": \"debian-12\", \"arch\": \"x86_64\", \"sha256\": \"abababababababababababababababababababababababababababababababab\", \"size\": 0}|size must be",
      "null|is empty"})
  void refusesAnIncompleteManifest(String json, String message, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("manifest.json");
    Files.writeString(file, json);
    assertThatThrownBy(() -> ImageManifests.read(file)).hasMessageContaining(message);
  }

  @Test
  void renamedKeepsTheBuild() {
    ImageManifest m = manifest("debian-12", "x86_64").renamed("debian-12-web", "debian", "12");
    assertThat(m.name()).isEqualTo("debian-12-web");
    assertThat(m.sha256()).isEqualTo(SHA);
    assertThat(m.packages()).hasSize(2);
  }
}
