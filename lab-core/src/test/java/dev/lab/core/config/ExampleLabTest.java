package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleLabTest {
  @Test
  void writtenExampleLoadsWithoutProblems(@TempDir Path dir) throws Exception {
    List<Path> written = ExampleLab.write(dir.resolve("lab"));
    assertThat(written).contains(Path.of("lab.yaml"), Path.of("images.yaml"), Path.of("rules.yaml"));

    LabLoad load = LabDirectory.load(dir.resolve("lab"));

    assertThat(load.problems()).isEmpty();
    assertThat(load.ok()).isTrue();
  }

  @Test
  void coversEveryBuiltInOsOnBothArchitectures(@TempDir Path dir) throws Exception {
    ExampleLab.write(dir);
    Lab lab = LabDirectory.load(dir).lab();

    assertThat(lab.images().keySet()).contains("ubuntu-24.04", "debian-12", "fedora-41", "almalinux-9",
        "fedora-bootc-41", "xcpng-8.3", "vyos-1.4");
    assertThat(lab.images().values().stream().map(Image::os).collect(Collectors.toSet()))
        .contains("ubuntu", "debian", "fedora", "almalinux", "xcpng", "vyos");
    assertThat(lab.servers()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(lab.servers().values()).anyMatch(s -> s.arch() == Architecture.X86_64 && s.firmware() == Firmware.BIOS)
        .anyMatch(s -> s.arch() == Architecture.X86_64 && s.firmware() == Firmware.UEFI)
        .anyMatch(s -> s.arch() == Architecture.AARCH64 && s.firmware() == Firmware.UEFI);

    Set<String> used = lab.servers().values().stream().map(Server::profile).collect(Collectors.toSet());
    for (Profile p : lab.profiles().values()) {
      if (p.method() == InstallMethod.NATIVE) {
        assertThat(used).as("a server uses native profile " + p.name()).contains(p.name());
      } else {
        assertThat(used).as("no server uses rootfs profile " + p.name()).doesNotContain(p.name());
      }
    }
    assertThat(lab.profiles().values()).anyMatch(p -> p.method() == InstallMethod.ROOTFS);
    assertThat(lab.image("xcpng-8.3").orElseThrow().arches()).containsExactly(Architecture.X86_64);
  }

  @Test
  void rulesAreTheSeedExamplesMappedToProfiles(@TempDir Path dir) throws Exception {
    ExampleLab.write(dir);
    Lab lab = LabDirectory.load(dir).lab();

    assertThat(lab.rules()).extracting(Rule::name).containsExactly("large-compute-to-xcpng", "arm-to-ubuntu");
    assertThat(lab.profileFor(lab.rules().get(0)).name()).isEqualTo("xcpng-host");
    assertThat(lab.profileFor(lab.rules().get(1)).name()).isEqualTo("k8s-worker");
    assertThat(lab.rules().get(0).parsedConditions()).extracting(RuleCondition::toString)
        .containsExactly("cores >= 40", "memory >= 500GB", "provider == ovh");
  }

  @Test
  void extendingProfileMergesPropertyByProperty(@TempDir Path dir) throws Exception {
    ExampleLab.write(dir);
    Lab lab = LabDirectory.load(dir).lab();

    Profile web = lab.profile("fedora-web").orElseThrow();
    assertThat(web.image()).isEqualTo("fedora-41");
    assertThat(web.enrollment().role()).isEqualTo("webserver");
    assertThat(web.enrollment().environment()).isEqualTo("production");
    assertThat(web.packages()).contains("nginx");
    assertThat(web.serialConsole()).isEqualTo("ttyS0,115200");
    assertThat(web.users()).extracting(u -> u.name()).containsExactly("ops");
  }

  @Test
  void refusesANonEmptyTarget(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> ExampleLab.write(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }

  @Test
  void refusesAFileAsTarget(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("lab"), "x");

    assertThatThrownBy(() -> ExampleLab.write(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a file");
  }
}
