package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.onboard.Approval;
import dev.lab.core.state.OnboardingState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole loop as a machine walks it: approved, install boot, answer file, events, done, local boot. */
class OnboardingFlowTest {
  private static final String JSON = "application/json";

  @TempDir
  Path dir;
  private LabFixture lab;
  private Http http;

  @BeforeEach
  void start() {
    lab = LabFixture.start(dir);
    http = lab.http;
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  /** The per-machine boot path of db01 (52:54:00:30:01:01, x86_64) for each loader. */
  private static String bootPath(String loader) {
    return switch (loader) {
      case "ipxe" -> "/ipxe?mac=52:54:00:30:01:01&platform=pcbios&buildarch=x86_64";
      case "grub" -> "/grub/machine.cfg?mac=52:54:00:30:01:01&platform=pc&arch=i386";
      case "pxelinux" -> "/pxelinux.cfg/01-52-54-00-30-01-01";
      default -> throw new IllegalArgumentException(loader);
    };
  }

  private String boot(String loader) {
    HttpResponse<byte[]> r = http.get(bootPath(loader));
    assertThat(r.statusCode()).isEqualTo(200);
    return Http.text(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ipxe", "grub", "pxelinux"})
  void aFinishedInstallNeverLoopsBackIntoInstalling(String loader) {
    String token = LabFixture.filesToken(lab.approve("db01"));
    assertThat(boot(loader)).contains("# Lab install boot");

    HttpResponse<byte[]> seed = http.get("/t/" + token + "/preseed.cfg");
    assertThat(seed.statusCode()).isEqualTo(200);
    assertThat(Http.text(seed)).contains("d-i ");
    assertThat(http.post("/t/" + token + "/events", "{\"type\":\"install-started\",\"message\":\"d-i fetched it\"}",
        "Content-Type", JSON).statusCode()).isEqualTo(202);
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
    assertThat(boot(loader)).as("a reboot during the install boots the installer again")
        .contains("# Lab install boot");

    HttpResponse<byte[]> done = http.post("/t/" + token + "/done", "{\"type\":\"install-finished\"}",
        "Content-Type", JSON);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(Http.json(done).path("state").asText()).isEqualTo("installed");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLED);

    for (int i = 0; i < 3; i++) {
      assertThat(boot(loader)).contains("# Lab local boot").doesNotContain("# Lab install boot");
    }
    assertProblem(http.post("/t/" + token + "/done", "{}", "Content-Type", JSON), 404, "not-found");
    assertProblem(http.get("/t/" + token + "/preseed.cfg"), 404, "not-found");
    assertProblem(http.post("/t/" + token + "/events", "{\"type\":\"late\"}", "Content-Type", JSON), 404,
        "not-found");
  }

  @Test
  void theTimelineTellsTheWholeStory() {
    String token = LabFixture.filesToken(lab.approve("db01"));
    boot("ipxe");
    http.get("/t/" + token + "/preseed.cfg");
    http.post("/t/" + token + "/events", "{\"type\":\"install-progress\",\"message\":\"partitioning\"}");
    http.post("/t/" + token + "/done", "");
    boot("ipxe");
    List<String> story = lab.store.timeline("db01", 100).stream().map(e -> e.kind() + ":" + e.type()).toList();
    assertThat(story).containsExactly("state:approved", "state:booting", "boot:install-boot",
        "progress:file-fetched", "progress:install-progress", "state:installing", "state:installed",
        "boot:local-boot");
  }

  @Test
  void onlyOneOfManyConcurrentCompletionCallsSucceeds() throws Exception {
    String token = LabFixture.filesToken(lab.approve("db01"));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> calls = IntStream.range(0, 32)
          .mapToObj(i -> pool.submit(() -> http.post("/t/" + token + "/done", "").statusCode())).toList();
      List<Integer> statuses = calls.stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }).toList();
      assertThat(statuses).containsOnly(200, 404);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(lab.store.timeline("db01", 100)).filteredOn(e -> e.type().equals("installed")).hasSize(1);
  }

  @Test
  void reApprovalSupersedesTheOldTokens() {
    String old = LabFixture.filesToken(lab.approve("db01"));
    boot("ipxe");
    Approval again = lab.approve("db01");
    String fresh = LabFixture.filesToken(again);
    assertThat(fresh).isNotEqualTo(old);

    assertProblem(http.get("/t/" + old + "/preseed.cfg"), 404, "not-found");
    assertProblem(http.post("/t/" + old + "/events", "{\"type\":\"x\"}"), 404, "not-found");
    assertProblem(http.post("/t/" + old + "/done", ""), 404, "not-found");
    assertThat(http.get("/t/" + fresh + "/preseed.cfg").statusCode()).isEqualTo(200);
    assertThat(boot("ipxe")).contains("# Lab install boot");
    assertThat(lab.store.current("db01").orElseThrow().id()).isEqualTo(again.onboarding().id());
  }

  @Test
  void aFailedInstallBootsFromDiskUntilItIsApprovedAgain() {
    String token = LabFixture.filesToken(lab.approve("db01"));
    boot("ipxe");
    assertThat(http.post("/t/" + token + "/events",
        "{\"type\":\"install-failed\",\"message\":\"late_command: enrollment failed\"}").statusCode()).isEqualTo(202);
    var current = lab.store.current("db01").orElseThrow();
    assertThat(current.state()).isEqualTo(OnboardingState.FAILED);
    assertThat(current.reason()).isEqualTo("late_command: enrollment failed");
    assertThat(boot("ipxe")).contains("# Lab local boot");
    assertProblem(http.get("/t/" + token + "/preseed.cfg"), 404, "not-found");

    lab.clock.advance(java.time.Duration.ofMinutes(5));
    lab.approve("db01");
    assertThat(boot("ipxe")).contains("# Lab install boot");
  }

  @Test
  void anotherMachinesTokenNeverTouchesThisMachine() {
    String db01 = LabFixture.filesToken(lab.approve("db01"));
    String k8s02 = LabFixture.filesToken(lab.approve("k8s02"));
    assertThat(Http.text(http.get("/t/" + k8s02 + "/user-data"))).contains("k8s02").doesNotContain("db01");
    assertProblem(http.get("/t/" + k8s02 + "/preseed.cfg"), 404, "not-found");

    assertThat(http.post("/t/" + k8s02 + "/done", "").statusCode()).isEqualTo(200);
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
    assertThat(boot("ipxe")).contains("# Lab install boot");
    assertThat(http.get("/t/" + db01 + "/preseed.cfg").statusCode()).isEqualTo(200);
  }
}
