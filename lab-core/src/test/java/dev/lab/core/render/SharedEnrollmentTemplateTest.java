package dev.lab.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.EnrollmentSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedEnrollmentTemplateTest {
  private static EnrollmentSpec spec(String token, String role) {
    Map<String, String> ext = new LinkedHashMap<>();
    ext.put("pp_role", role);
    return new EnrollmentSpec(token, "web01.lab.example", List.of("web"), ext, "puppet.lab.example",
        "production", "debian", "12", Architecture.X86_64, null, "http://lab.example:8080/t/tok/events");
  }

  @Test
  void writesTokenAndTrustedFactsAsYamlInsideAQuotedHeredoc() {
    String out = new TemplateEngine(null).forNamespace("demo", getClass().getClassLoader())
        .render("enroll.sh.ftl", Map.of("enrollment", spec("s3cr3t'tok", "web\"server")));
    assertThat(out).startsWith("#!/bin/sh\n")
        .contains("  1.2.840.113549.1.9.7: \"s3cr3t'tok\"\n")
        .contains("  \"pp_role\": \"web\\\"server\"\n")
        .contains("<<'LAB_CSR_ATTRIBUTES'")
        .contains("cat > \"$confdir/csr_attributes.yaml\" <<'LAB_CSR_ATTRIBUTES'")
        .contains("  confdir=$(\"$puppet\" config print confdir)")
        .contains("config set --confdir \"$confdir\" --section main certname web01.lab.example\n")
        .contains("config set --confdir \"$confdir\" --section agent environment production\n")
        .contains("lab_fetch https://apt.voxpupuli.org/openvox8-release-debian12.deb \"$release_pkg\"");
  }

  @Test
  void sharedSnippetCanBeOverriddenInTheLabDirectory(@TempDir Path lab) throws Exception {
    Path shared = Files.createDirectories(lab.resolve("templates/core/shared"));
    Files.writeString(shared.resolve("openvox-enroll.sh.ftl"), "<#ftl output_format=\"shell\">\n"
        + "<#macro script enrollment packageManager releasePackageUrl>site ${enrollment.certname}\n</#macro>\n");
    String out = new TemplateEngine(lab.resolve("templates")).forNamespace("demo", getClass().getClassLoader())
        .render("enroll.sh.ftl", Map.of("enrollment", spec("t", "r")));
    assertThat(out).isEqualTo("site web01.lab.example\n");
  }
}
