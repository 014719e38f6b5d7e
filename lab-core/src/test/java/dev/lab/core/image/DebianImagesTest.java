package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebianImagesTest {
  static Image debian(String repository) {
    return new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(null, null, repository, null, null, null, null, null, null)), null);
  }

  @Test
  void theCatalogsRepositoryIsTheMirror(@TempDir Path apt) {
    assertThat(DebianImages.recipe(debian("http://mirror.example/debian/"), Architecture.X86_64, apt).mirror())
        .isEqualTo("http://mirror.example/debian");
  }

  @Test
  void withoutARepositoryTheHostsAptSourceThenDebiansOwn(@TempDir Path apt) throws Exception {
    assertThat(DebianImages.recipe(debian(null), Architecture.X86_64, apt).mirror())
        .isEqualTo("http://deb.debian.org/debian");
    Files.writeString(apt.resolve("sources.list"), "deb http://local.example/debian bookworm main\n");
    assertThat(DebianImages.recipe(debian(null), Architecture.X86_64, apt).mirror())
        .isEqualTo("http://local.example/debian");
    assertThat(DebianImages.recipe(debian(null), Architecture.X86_64, apt).suite()).isEqualTo("bookworm");
  }

  @Test
  void refusesWhatItCannotBuild(@TempDir Path apt) {
    Image fedora = new Image("fedora-41", "fedora", "41", null, Map.of(), null);
    assertThatThrownBy(() -> DebianImages.recipe(fedora, Architecture.X86_64, apt))
        .hasMessageContaining("Lab builds Debian 12 images only").hasMessageContaining("fedora 41");
    assertThatThrownBy(() -> DebianImages.recipe(debian(null), Architecture.AARCH64, apt))
        .hasMessageContaining("image debian-12 has no aarch64 entry in images.yaml");
    assertThat(DebianImages.buildable(fedora)).isFalse();
    assertThat(DebianImages.buildable(debian(null))).isTrue();
  }
}
