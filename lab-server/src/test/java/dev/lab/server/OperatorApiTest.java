package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1/...}: the operator API and its bearer token. */
class OperatorApiTest {
  private static final String[] AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN};
  private static final String[] JSON_AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN,
      "Content-Type", "application/json"};

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

  private JsonNode server(String name) {
    for (JsonNode s : Http.json(http.get("/api/v1/servers", AUTH)).path("servers")) {
      if (s.path("server").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no server " + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/servers", "/api/v1/servers/db01/timeline"})
  void aMissingOperatorTokenIsUnauthorized(String path) {
    HttpResponse<byte[]> r = http.get(path);
    assertProblem(r, 401, "unauthorized");
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lab\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer wrong-operator-token-000000", "Bearer ", "Basic b3BlcmF0b3I6cGFzc3dvcmQ=",
      "Bearer operator-token-for-tests-012345678"})
  void aWrongOperatorTokenIsUnauthorized(String header) {
    assertProblem(http.get("/api/v1/servers", "Authorization", header), 401, "unauthorized");
  }

  @Test
  void approvingWithoutTheOperatorTokenChangesNothing() {
    assertProblem(http.post("/api/v1/onboardings", "{\"server\":\"db01\"}"), 401, "unauthorized");
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void aMachineTokenIsNoOperatorToken() {
    String files = LabFixture.filesToken(lab.approve("db01"));
    assertProblem(http.get("/api/v1/servers", "Authorization", "Bearer " + files), 401, "unauthorized");
  }

  @Test
  void listsEveryServerWithItsState() {
    lab.approve("db01");
    JsonNode body = Http.json(http.get("/api/v1/servers", AUTH));
    assertThat(body.path("servers")).hasSize(lab.context.lab().servers().size());
    assertThat(server("db01").path("state").asText()).isEqualTo("approved");
    assertThat(server("db01").path("onboarding").path("profile").asText()).isEqualTo("debian-db");
    assertThat(server("db01").path("last").path("type").asText()).isEqualTo("approved");
    assertThat(server("web01").path("state").asText()).isEqualTo("none");
  }

  @Test
  void showsAServersTimelineOldestFirst() {
    lab.approve("db01");
    http.get("/ipxe?mac=52:54:00:30:01:01&platform=efi&serial=S1");
    JsonNode events = Http.json(http.get("/api/v1/servers/db01/timeline", AUTH)).path("events");
    assertThat(events).hasSize(3);
    assertThat(events.get(0).path("type").asText()).isEqualTo("approved");
    assertThat(events.get(2).path("kind").asText()).isEqualTo("boot");
    assertThat(events.get(2).path("data").path("serial").asText()).isEqualTo("S1");
    assertThat(events.get(2).path("at").asText()).isEqualTo("2026-11-22T10:00:00Z");
  }

  @Test
  void limitsTheTimelineToItsNewestEntries() {
    lab.approve("db01");
    http.get("/ipxe?mac=52:54:00:30:01:01&platform=efi");
    JsonNode events = Http.json(http.get("/api/v1/servers/db01/timeline?limit=1", AUTH)).path("events");
    assertThat(events).singleElement().satisfies(e -> assertThat(e.path("type").asText()).isEqualTo("install-boot"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "x", "10001"})
  void refusesABadLimit(String limit) {
    assertProblem(http.get("/api/v1/servers/db01/timeline?limit=" + limit, AUTH), 400, "malformed-request");
  }

  @Test
  void theTimelineOfAnUnknownServerIsNotFound() {
    assertProblem(http.get("/api/v1/servers/nosuch/timeline", AUTH), 404, "not-found");
  }

  @Test
  void anUnknownMachinesTimelineIsFoundByItsMac() {
    http.get("/ipxe?mac=52:54:00:99:99:99&platform=efi");
    JsonNode events = Http.json(http.get("/api/v1/servers/mac:52:54:00:99:99:99/timeline", AUTH)).path("events");
    assertThat(events).singleElement().satisfies(e -> assertThat(e.path("type").asText()).isEqualTo("local-boot"));
  }

  @Test
  void approvesAnOnboardingAndRevealsNoSecret() {
    HttpResponse<byte[]> r = http.post("/api/v1/onboardings", "{\"server\":\"db01\"}", JSON_AUTH);
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode body = Http.json(r);
    assertThat(body.path("dryRun").asBoolean()).isFalse();
    assertThat(body.path("server").asText()).isEqualTo("db01");
    assertThat(body.path("profile").asText()).isEqualTo("debian-db");
    assertThat(body.path("plugin").asText()).isEqualTo("preseed");
    assertThat(body.path("onboarding").path("state").asText()).isEqualTo("approved");
    assertThat(body.path("files").findValuesAsText("name")).contains("preseed.cfg");
    assertThat(body.path("boot").asText()).contains("debian-12/x86_64/linux");
    assertThat(body.path("boot").asText()).contains("url=http://lab.example:8080/t/***/preseed.cfg");
    assertThat(Http.text(r)).doesNotContainPattern("[A-Za-z0-9_-]{43}").doesNotContain("$6$");
    assertThat(lab.store.current("db01").orElseThrow().id()).isEqualTo(body.path("onboarding").path("id").asText());
  }

  @Test
  void aDryRunStoresNothing() {
    HttpResponse<byte[]> r = http.post("/api/v1/onboardings", "{\"server\":\"db01\",\"dryRun\":true}", JSON_AUTH);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.json(r).path("dryRun").asBoolean()).isTrue();
    assertThat(Http.json(r).has("onboarding")).isFalse();
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void approvesWithAnotherProfileAndMethod() {
    HttpResponse<byte[]> r = http.post("/api/v1/onboardings",
        "{\"server\":\"k8s02\",\"profile\":\"k8s-worker\",\"method\":\"native\"}", JSON_AUTH);
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(Http.json(r).path("method").asText()).isEqualTo("native");
  }

  @Test
  void anOnboardingWithProblemsIsUnprocessableAndListsThem() {
    HttpResponse<byte[]> r = http.post("/api/v1/onboardings", "{\"server\":\"db01\",\"profile\":\"nosuch\"}",
        JSON_AUTH);
    JsonNode body = assertProblem(r, 422, "invalid-onboarding");
    assertThat(body.path("problems")).isNotEmpty();
    assertThat(body.path("problems").get(0).path("message").asText()).contains("nosuch");
    assertThat(body.path("problems").get(0).has("file")).isTrue();
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void anUnknownServerIsUnprocessable() {
    JsonNode body = assertProblem(http.post("/api/v1/onboardings", "{\"server\":\"nosuch\"}", JSON_AUTH), 422,
        "invalid-onboarding");
    assertThat(body.path("problems").get(0).path("message").asText()).contains("nosuch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{}", "{\"server\":\"\"}", "{\"server\":7}", "{\"server\":\"db01\",\"extra\":1}",
      "{\"server\":\"db01\",\"method\":\"pxe\"}", "{\"server\":\"db01\",\"dryRun\":\"yes\"}"})
  void aMalformedApprovalIsABadRequest(String body) {
    assertProblem(http.post("/api/v1/onboardings", body, JSON_AUTH), 400, "malformed-request");
    assertThat(lab.store.current("db01")).isEmpty();
  }

  @Test
  void anOversizedApprovalIsRefused() {
    String body = "{\"server\":\"" + "d".repeat(70_000) + "\"}";
    assertProblem(http.post("/api/v1/onboardings", body, JSON_AUTH), 413, "body-too-large");
  }
}
