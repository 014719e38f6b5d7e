package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.TimelineEvent;
import dev.lab.core.state.Tokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /t/{token}/...}: files, progress events and completion, and every refusal. */
class TokenEndpointsTest {
  private static final String JSON = "application/json";

  @TempDir
  Path dir;
  private LabFixture lab;
  private Http http;
  private Approval approval;
  private String token;

  @BeforeEach
  void start() {
    lab = LabFixture.start(dir);
    http = lab.http;
    approval = lab.approve("k8s02");
    token = LabFixture.filesToken(approval);
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  private List<TimelineEvent> progress() {
    return lab.store.timeline("k8s02", 100).stream().filter(e -> e.kind().equals("progress")).toList();
  }

  @Test
  void servesEachFileWithItsMediaType() {
    HttpResponse<byte[]> userData = http.get("/t/" + token + "/user-data");
    assertThat(userData.statusCode()).isEqualTo(200);
    assertThat(userData.headers().firstValue("Content-Type")).hasValue("text/yaml; charset=utf-8");
    assertThat(userData.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(Http.text(userData)).startsWith("#cloud-config").contains("k8s02");
    assertThat(http.get("/t/" + token + "/meta-data").statusCode()).isEqualTo(200);
    assertThat(http.get("/t/" + token + "/vendor-data").statusCode()).isEqualTo(200);
  }

  @Test
  void servesExactlyTheFilesThatWereApproved() {
    for (var file : approval.render().files()) {
      HttpResponse<byte[]> r = http.get("/t/" + token + "/" + file.name());
      assertThat(Http.text(r)).as(file.name()).isEqualTo(file.content());
      assertThat(r.headers().firstValue("Content-Type")).hasValue(file.mediaType());
    }
  }

  @Test
  void recordsEachFetchInTheTimeline() {
    http.get("/t/" + token + "/user-data");
    assertThat(progress()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("file-fetched");
      assertThat(e.message()).isEqualTo("user-data fetched");
    });
  }

  /** The answer to every bad token: the same 404, whatever is wrong with it. */
  private static void assertGone(HttpResponse<byte[]> r) {
    JsonNode body = assertProblem(r, 404, "not-found");
    assertThat(body.path("detail").asText()).isEqualTo("no such file, or the link is not (or no longer) valid");
  }

  @Test
  void aWrongTokenIsNotFound() {
    assertGone(http.get("/t/" + Tokens.generate() + "/user-data"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%2e%2e", "preview-file-token"})
  void aMalformedTokenIsNotFound(String bad) {
    assertGone(http.get("/t/" + bad + "/user-data"));
  }

  @Test
  void aFileTheOnboardingDoesNotHaveIsNotFoundLikeABadToken() {
    assertGone(http.get("/t/" + token + "/preseed.cfg"));
    assertGone(http.get("/t/" + token + "/events"));
  }

  @Test
  void anExpiredTokenIsNotFound() {
    lab.clock.advance(Duration.ofHours(24).plusSeconds(1));
    assertGone(http.get("/t/" + token + "/user-data"));
    assertGone(http.post("/t/" + token + "/events", "{\"type\":\"install-started\"}", "Content-Type", JSON));
    assertGone(http.post("/t/" + token + "/done", ""));
  }

  @Test
  void aTokenWorksUntilItExpires() {
    lab.clock.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(http.get("/t/" + token + "/user-data").statusCode()).isEqualTo(200);
  }

  @Test
  void theEnrollmentTokenUnlocksNoFile() {
    String enrollment = approval.render().config().enrollment().token();
    assertThat(enrollment).isNotEqualTo(token);
    assertGone(http.get("/t/" + enrollment + "/user-data"));
    assertGone(http.post("/t/" + enrollment + "/done", ""));
  }

  @Test
  void takesLabsOwnProgressEvents() {
    HttpResponse<byte[]> r = http.post("/t/" + token + "/events",
        "{\"type\":\"install-progress\",\"message\":\"partitioning\",\"data\":{\"percent\":40}}",
        "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(progress()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("install-progress");
      assertThat(e.message()).isEqualTo("partitioning");
      assertThat(e.data()).isEqualTo("{\"percent\":40}");
    });
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
  }

  @Test
  void takesSubiquitysReportingWebhookEvents() {
    String start = "{\"name\":\"subiquity/Install/install\",\"description\":\"installing system\","
        + "\"event_type\":\"start\",\"origin\":\"curtin\",\"timestamp\":1763800000.5,\"level\":\"INFO\"}";
    assertThat(http.post("/t/" + token + "/events", start, "Content-Type", JSON).statusCode()).isEqualTo(202);
    assertThat(progress()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("installer-start");
      assertThat(e.message()).isEqualTo("subiquity/Install/install: installing system");
      assertThat(e.data()).contains("\"origin\":\"curtin\"").contains("\"timestamp\":1763800000.5");
    });
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
  }

  @Test
  void aTopLevelWebhookFailureFailsTheInstall() {
    String fail = "{\"name\":\"subiquity/Install/install\",\"description\":\"installing system\","
        + "\"event_type\":\"finish\",\"result\":\"FAIL\",\"origin\":\"curtin\",\"timestamp\":1763800000}";
    assertThat(http.post("/t/" + token + "/events", fail, "Content-Type", JSON).statusCode()).isEqualTo(202);
    var current = lab.store.current("k8s02").orElseThrow();
    assertThat(current.state()).isEqualTo(OnboardingState.FAILED);
    assertThat(current.reason()).isEqualTo("subiquity/Install/install: installing system");
  }

  @Test
  void anInnerWebhookFailureIsRecordedButDoesNotFailTheInstall() {
    String fail = "{\"name\":\"subiquity/Install/install/curtin_install/stage-partitioning\",\"description\":\"x\","
        + "\"event_type\":\"finish\",\"result\":\"FAIL\",\"origin\":\"curtin\"}";
    http.post("/t/" + token + "/events", fail, "Content-Type", JSON);
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
    assertThat(progress()).singleElement().satisfies(e -> assertThat(e.data()).contains("\"result\":\"FAIL\""));
  }

  @Test
  void aWarningIsNotAFailure() {
    String warn = "{\"name\":\"subiquity/Install\",\"event_type\":\"finish\",\"result\":\"WARN\"}";
    http.post("/t/" + token + "/events", warn, "Content-Type", JSON);
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{}", "{\"message\":\"no type\"}", "{\"type\":\"Bad Type\"}",
      "{\"type\":42}", "{\"type\":\"x\",\"data\":[1]}", "{\"type\":\"x\",\"failure\":\"yes\"}",
      "{\"event_type\":5}", "{\"type\":\"x\"} trailing"})
  void aMalformedEventIsABadRequestAndChangesNothing(String body) {
    assertProblem(http.post("/t/" + token + "/events", body, "Content-Type", JSON), 400, "malformed-event");
    assertThat(progress()).isEmpty();
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
  }

  @Test
  void anOversizedEventIsRefusedWith413() {
    String body = "{\"type\":\"x\",\"message\":\"" + "a".repeat(70_000) + "\"}";
    assertProblem(http.post("/t/" + token + "/events", body, "Content-Type", JSON), 413, "body-too-large");
    assertThat(progress()).isEmpty();
  }

  @Test
  void anOversizedCompletionCallIsRefusedAndCompletesNothing() {
    assertProblem(http.post("/t/" + token + "/done", new byte[65 * 1024]), 413, "body-too-large");
    assertThat(lab.store.current("k8s02").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
  }

  @Test
  void anOversizedBodySentInChunksIsRefusedToo() throws Exception {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(http.base() + "/t/" + token + "/events"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(("{\"type\":\"x\",\"message\":\"" + "b".repeat(100_000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .build();
    HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofByteArray());
    assertProblem(r, 413, "body-too-large");
    assertThat(progress()).isEmpty();
  }

  @Test
  void longMessagesAreCutAndControlCharactersBlanked() {
    String body = "{\"type\":\"x\",\"message\":\"a\\u0007b" + "c".repeat(3000) + "\"}";
    http.post("/t/" + token + "/events", body, "Content-Type", JSON);
    assertThat(progress()).singleElement().satisfies(e -> {
      assertThat(e.message()).startsWith("a b").hasSize(2001).endsWith("…");
    });
  }
}
