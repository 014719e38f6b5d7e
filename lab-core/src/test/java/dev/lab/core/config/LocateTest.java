package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Image;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's problem is shown at the file and line where the user wrote the property. */
class LocateTest {
  @TempDir
  static Path dir;
  static Lab lab;

  @BeforeAll
  static void load() throws Exception {
    ExampleLab.write(dir);
    lab = LabDirectory.load(dir).lab();
  }

  @Test
  void serverPropertiesPointAtTheServerFile() throws Exception {
    assertThat(locate("web01", "server.network.interfaces[2].bondMode"))
        .isEqualTo("servers/web01.yaml:" + line("servers/web01.yaml", "bondMode") + ": network.interfaces[2].bondMode: m");
    assertThat(locate("web01", "server.nics[1].mac"))
        .isEqualTo("servers/web01.yaml:" + line("servers/web01.yaml", "52:54:00:10:01:02") + ": nics[1].mac: m");
  }

  @Test
  void inheritedProfilePropertiesPointAtTheProfileThatSetThem() throws Exception {
    assertThat(locate("web01", "profile.serialConsole")).isEqualTo(
        "profiles/fedora-base.yaml:" + line("profiles/fedora-base.yaml", "serialConsole") + ": serialConsole: m");
    assertThat(locate("web01", "profile.enrollment.environment")).isEqualTo("profiles/fedora-base.yaml:"
        + line("profiles/fedora-base.yaml", "environment") + ": enrollment.environment: m");
    assertThat(locate("web01", "profile.enrollment.role")).isEqualTo(
        "profiles/fedora-web.yaml:" + line("profiles/fedora-web.yaml", "role") + ": enrollment.role: m");
    assertThat(locate("web01", "profile.packages[3]")).isEqualTo(
        "profiles/fedora-web.yaml:" + line("profiles/fedora-web.yaml", "packages") + ": packages[3]: m");
    assertThat(locate("web01", "profile.users[0].sshKeys[0]")).isEqualTo(
        "profiles/fedora-base.yaml:" + line("profiles/fedora-base.yaml", "ssh-ed25519") + ": users[0].sshKeys[0]: m");
  }

  @Test
  void theBareRootPointsAtTheEntity() throws Exception {
    assertThat(locate("web01", "profile")).isEqualTo("profiles/fedora-web.yaml:"
        + line("profiles/fedora-web.yaml", "apiVersion") + ": m");
    assertThat(locate("web01", "image")).isEqualTo("images.yaml:" + line("images.yaml", "name: fedora-41") + ": images[2]: m");
  }

  @Test
  void imagePropertiesPointIntoTheCatalog() throws Exception {
    assertThat(locate("web01", "image.architectures.aarch64.repository")).isEqualTo("images.yaml:"
        + lines("images.yaml", "Everything/aarch64/os/").get(0) + ": images[2].architectures.aarch64.repository: m");
  }

  @Test
  void unwrittenPathsFallBackToTheNearestWrittenAncestor() throws Exception {
    assertThat(locate("web01", "image.architectures.riscv64")).isEqualTo("images.yaml:"
        + lines("images.yaml", "architectures:").get(2) + ": images[2].architectures.riscv64: m");
    assertThat(locate("web01", "profile.disk.layout")).isEqualTo("profiles/fedora-web.yaml:"
        + line("profiles/fedora-web.yaml", "apiVersion") + ": disk.layout: m");
  }

  @Test
  void theNetworkOfAServerWithoutOneIsItsProfiles() throws Exception {
    assertThat(locate("db01", "server.network.interfaces[1].vlanId")).isEqualTo("profiles/debian-db.yaml:"
        + line("profiles/debian-db.yaml", "vlanId") + ": network.interfaces[1].vlanId: m");
  }

  @Test
  void unknownRootsPointAtTheServerFile() {
    assertThat(locate("web01", "installer.options")).isEqualTo("servers/web01.yaml: installer.options: m");
  }

  @Test
  void rulePropertiesPointIntoRulesYaml() throws Exception {
    Rule rule = lab.rules().get(0);
    assertThat(lab.locate(rule, "conditions.memory", "m").toString())
        .isEqualTo("rules.yaml:" + line("rules.yaml", "memory") + ": rules[0].conditions.memory: m");
  }

  private static String locate(String serverName, String property) {
    Server server = lab.server(serverName).orElseThrow();
    Profile profile = lab.profile(server.profile()).orElseThrow();
    Image image = lab.image(profile.image()).orElseThrow();
    return lab.locate(server, profile, image, Problem.of(property, "m")).toString();
  }

  private static int line(String file, String text) throws Exception {
    List<Integer> found = lines(file, text);
    assertThat(found).as(text + " occurs once in " + file).hasSize(1);
    return found.get(0);
  }

  private static List<Integer> lines(String file, String text) throws Exception {
    List<String> all = Files.readAllLines(dir.resolve(file));
    List<Integer> found = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains(text) && !all.get(i).trim().startsWith("#")) {
        found.add(i + 1);
      }
    }
    return found;
  }
}
