package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.RenderedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrollmentScriptTest {
  static EnrollmentSpec spec(String os, String version, String repository) {
    return new EnrollmentSpec("tok'en", "db01.lab.example", List.of("db"), Map.of("pp_role", "database"),
        "puppet.lab.example", "production", os, version, Architecture.X86_64, repository,
        "http://lab.example:8080/t/x/events");
  }

  @Test
  void installsTheAgentWithDnfFromTheConfiguredRepository() {
    RenderedFile script = Rendering.PLUGIN.generateEnrollmentScript(
        spec("almalinux", "9.5", "https://mirror.lab.example/openvox"), Rendering.TEMPLATES);
    assertThat(script.name()).isEqualTo("enroll.sh");
    assertThat(script.content()).startsWith("#!/bin/sh\n")
        .contains("  dnf install -y https://mirror.lab.example/openvox/openvox8-release-el-9.noarch.rpm\n",
            "  dnf install -y openvox-agent\n", "  1.2.840.113549.1.9.7: \"tok'en\"\n");
  }

  @Test
  void refusesAnOsItDoesNotInstall() {
    assertThatThrownBy(() -> Rendering.PLUGIN.generateEnrollmentScript(spec("debian", "12", null),
        Rendering.TEMPLATES)).isInstanceOf(UnsupportedConfigException.class)
        .hasMessage("image.version: the kickstart plugin enrolls Fedora 41+ and Enterprise Linux 9 and 10, not"
            + " 'debian' '12'");
  }
}
