package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.api.model.InstallMethod;
import dev.lab.core.LabException;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.OnboardingState;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rootfs deploy as the agent walks it: architecture checks, plan.json under the token, deploy-finished. */
class RootfsDeployFlowTest {
  private static final String JSON = "application/json";
  private static final String UEFI_BOOT = "/ipxe?mac=52:54:00:30:01:01&platform=efi&buildarch=x86_64";

  @TempDir
  Path dir;
  private LabFixture lab;

  /** Starts Lab over the example lab with image debian-12's rootfs built for {@code manifestArch} in its x86_64 place. */
  private void start(String manifestArch) {
    lab = LabFixture.start(dir.resolve(manifestArch), labDir -> {
      Path built = labDir.resolve("artifacts/images/debian-12/x86_64");
      Files.createDirectories(built);
      Files.writeString(built.resolve("rootfs.tar.zst"), "archive");
      ImageManifests.write(new ImageManifest("debian-12", "debian", "12", manifestArch, "0123456789abcdef".repeat(4), 7,
          "zstd", List.of(), "2026-11-22T07:00:00Z", "debootstrap 1.0.128"), built.resolve("manifest.json"));
    });
  }

  @BeforeEach
  void startWithTheImageBuilt() {
    start("x86_64");
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  private Approval approve() {
    return lab.onboarding().approve("db01", "debian-rootfs", InstallMethod.ROOTFS, false);
  }

  private void writeArtifact(String path, String content) throws IOException {
    Path file = lab.labDir.resolve("artifacts").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private void buildAgent() throws IOException {
    writeArtifact("agent/x86_64/vmlinuz", "kernel");
    writeArtifact("agent/x86_64/initrd.img", "initrd");
  }

  @Test
  void anOnboardingWithoutTheAgentForTheServersArchitectureIsRefused() {
    assertThatThrownBy(this::approve).isInstanceOf(LabException.class)
        .hasMessageContaining("server db01 (x86_64) is deployed by Lab's agent for x86_64 with image debian-12,"
            + " but the artifact root")
        .hasMessageContaining("has no agent/x86_64/vmlinuz or agent/x86_64/initrd.img: build it with"
            + " `lab agent build --arch x86_64`");
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void aRootfsBuiltForAnotherArchitectureIsNotTakenAndTheOnboardingIsRefused() throws IOException {
    lab.close();
    start("aarch64");
    buildAgent();
    assertThatThrownBy(this::approve).isInstanceOf(LabException.class)
        .hasMessageContaining("image debian-12 has no rootfs archive for x86_64: build one with"
            + " `lab image build debian-12 --arch x86_64`");
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void anAgentBuiltForAnotherArchitectureIsRefused() throws IOException {
    buildAgent();
    writeArtifact("agent/x86_64/manifest.json", "{\"arch\":\"aarch64\"}");
    assertThatThrownBy(this::approve).isInstanceOf(LabException.class)
        .hasMessageContaining("server db01 is x86_64 but the agent in agent/x86_64/ was built for aarch64");
  }

  @Test
  void theAgentGetsThePlanUnderTheTokenAndDeployFinishedMeansLocalBootForever() throws IOException {
    buildAgent();
    String token = LabFixture.filesToken(approve());
    String boot = Http.text(lab.http.get(UEFI_BOOT));
    assertThat(boot).contains("# Lab install boot", "agent/x86_64/vmlinuz", "lab.mode=deploy",
        "lab.plan=http://lab.example:8080/t/" + token + "/plan.json");

    HttpResponse<byte[]> plan = lab.http.get("/t/" + token + "/plan.json");
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(plan.headers().firstValue("Content-Type").orElseThrow()).startsWith(JSON);
    JsonNode json = Http.json(plan);
    assertThat(json.path("server").asText()).isEqualTo("db01");
    assertThat(json.path("firmware").asText()).isEqualTo("uefi");
    assertThat(json.path("events").asText()).isEqualTo("http://lab.example:8080/t/" + token + "/events");

    assertThat(lab.http.post("/t/" + token + "/events", "{\"type\":\"agent-started\",\"message\":\"agent up\"}",
        "Content-Type", JSON).statusCode()).isEqualTo(202);
    assertThat(Http.text(lab.http.get(UEFI_BOOT))).as("a reboot during the deploy boots the agent again")
        .contains("# Lab install boot");
    assertThat(lab.http.post("/t/" + token + "/events", "{\"type\":\"deploy-finished\",\"message\":\"disk written\"}",
        "Content-Type", JSON).statusCode()).isEqualTo(202);
    for (int i = 0; i < 2; i++) {
      assertThat(Http.text(lab.http.get(UEFI_BOOT))).contains("# Lab local boot").doesNotContain("# Lab install boot");
    }
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);

    assertThat(lab.http.post("/t/" + token + "/events", "{\"type\":\"first-boot\",\"message\":\"booted\"}",
        "Content-Type", JSON).statusCode()).isEqualTo(202);
    assertThat(lab.http.post("/t/" + token + "/done", "{}", "Content-Type", JSON).statusCode()).isEqualTo(200);
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLED);
    assertThat(lab.store.timeline("db01", 100)).anyMatch(e -> e.type().equals("first-boot"))
        .anyMatch(e -> e.type().equals("local-boot") && e.message().contains("deploy-finished"));
  }
}
