package dev.lab.core.enroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lab enc}'s answers over the example lab with an {@code enc} mapping in lab.yaml. */
class NodeClassifierTest {
  private static final String ENC = """

      enc:
        roles:
          database: [role::database]
        classes:
          rack1: [site::rack1]
          database: [profile::postgres, site::rack1]
        parameters:
          site_contact: ops
      """;

  @TempDir
  Path dir;

  @Test
  void mapsRoleAndLabelsToClassesEachOnce() throws Exception {
    assertThat(classify("db01.lab.example")).isEqualTo("""
        ---
        environment: production
        classes:
        - role::database
        - profile::postgres
        - site::rack1
        parameters:
          site_contact: ops
          lab_server: db01
          lab_labels:
          - database
          - production
          - rack1
          lab_role: database
        """);
  }

  @Test
  void anUnmappedRoleBringsNoClasses() throws Exception {
    assertThat(classify("web01.lab.example")).contains("classes:\n- site::rack1\nparameters:")
        .contains("lab_role: webserver\n");
  }

  @Test
  void anUnknownCertnameHasNoClassification() throws Exception {
    assertThat(classify("stranger.lab.example")).isNull();
  }

  @Test
  void theEncMappingIsValidated() throws Exception {
    Path lab = dir.resolve("lab");
    ExampleLab.write(lab);
    Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml"))
        + "\nenc:\n  classes:\n    rack1: [\"role::x; exec { 'rm': }\"]\n");
    try (LabContext context = LabContext.open(lab, null)) {
      assertThat(context.load().problems()).singleElement().asString()
          .contains("enc.classes.rack1[0]").contains("not a Puppet class name");
    }
  }

  private String classify(String certname) throws Exception {
    Path lab = dir.resolve("lab");
    ExampleLab.write(lab);
    Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")) + ENC);
    try (LabContext context = LabContext.open(lab, null); StateStore store = context.openStore()) {
      return new NodeClassifier(context.lab(), store).classify(certname).map(NodeClassification::toYaml)
          .orElse(null);
    }
  }
}
