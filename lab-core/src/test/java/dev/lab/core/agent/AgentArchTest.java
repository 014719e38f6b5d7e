package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentArchTest {
  @Test
  void namesMapToDebianArchitectures() {
    assertThat(AgentArch.of("x86_64").debianArch()).isEqualTo("amd64");
    assertThat(AgentArch.of("aarch64").debianArch()).isEqualTo("arm64");
    assertThat(AgentArch.of("aarch64").grubPackages()).containsExactly("grub-efi-arm64-bin");
  }

  @Test
  void anUnknownArchitectureNamesTheSupportedOnes() {
    assertThatThrownBy(() -> AgentArch.of("riscv64"))
        .hasMessage("unknown architecture 'riscv64': the agent is built for x86_64 or aarch64");
  }
}
