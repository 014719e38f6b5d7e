package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.Architecture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildHostTest {
  static final Set<String> TOOLS = Set.of("debootstrap", "tar", "zstd", "rm");

  @Test
  void refusesWhenNotRoot(@TempDir Path binfmt) {
    BuildHost host = new BuildHost(1000, Architecture.X86_64, TOOLS::contains, binfmt);
    assertThatThrownBy(() -> host.check(Architecture.X86_64)).hasMessageContaining("needs root");
  }

  @Test
  void namesEveryMissingToolAndItsPackage(@TempDir Path binfmt) {
    BuildHost host = new BuildHost(0, Architecture.X86_64, "tar"::equals, binfmt);
    assertThatThrownBy(() -> host.check(Architecture.X86_64))
        .hasMessageContaining("debootstrap (package debootstrap)").hasMessageContaining("zstd (package zstd)")
        .hasMessageNotContaining("tar (");
  }

  @Test
  void anotherArchitectureNeedsQemuUserEmulation(@TempDir Path binfmt) throws Exception {
    BuildHost bare = new BuildHost(0, Architecture.X86_64, TOOLS::contains, binfmt);
    assertThatThrownBy(() -> bare.check(Architecture.AARCH64))
        .hasMessageContaining("qemu-aarch64-static is missing").hasMessageContaining("apt-get install qemu-user-static");

    Set<String> withQemu = Set.of("debootstrap", "tar", "zstd", "rm", "qemu-aarch64-static");
    BuildHost unregistered = new BuildHost(0, Architecture.X86_64, withQemu::contains, binfmt);
    assertThatThrownBy(() -> unregistered.check(Architecture.AARCH64)).hasMessageContaining("is not enabled");

    Files.writeString(binfmt.resolve("qemu-aarch64"), "enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64\n");
    assertThatCode(() -> unregistered.check(Architecture.AARCH64)).doesNotThrowAnyException();
    assertThatCode(() -> bare.check(Architecture.X86_64)).doesNotThrowAnyException();
  }
}
