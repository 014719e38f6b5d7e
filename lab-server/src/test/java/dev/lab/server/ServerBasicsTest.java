package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.LabVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerBasicsTest {
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

  @Test
  void healthzAnswersOkWithTheVersion() {
    HttpResponse<byte[]> r = http.get("/healthz");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Http.json(r).path("status").asText()).isEqualTo("ok");
    assertThat(Http.json(r).path("version").asText()).isEqualTo(LabVersion.get());
  }

  @Test
  void metricsAreInThePrometheusTextFormat() {
    http.get("/healthz");
    HttpResponse<byte[]> r = http.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(Http.text(r))
        .contains("# TYPE lab_http_requests_seconds summary")
        .contains("lab_http_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"} 1")
        .contains("lab_onboardings{state=\"installing\"} 0")
        .contains("lab_artifact_served_bytes_total 0");
  }

  @Test
  void requestsToNoRouteAreCountedAsUnmatched() {
    http.get("/nothing-here");
    assertThat(Http.text(http.get("/metrics")))
        .contains("lab_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1");
  }

  @Test
  void anUnknownPathIsANotFoundProblem() {
    assertProblem(http.get("/nothing-here"), 404, "not-found");
  }

  @Test
  void aWrongMethodIsNotAllowedNotNotFound() {
    assertProblem(http.post("/healthz", "{}"), 405, "method-not-allowed");
    assertProblem(http.post("/t/" + dev.lab.core.state.Tokens.generate() + "/user-data", "{}"), 405,
        "method-not-allowed");
  }

  @Test
  void requestsJettyRefusesBeforeAnyRouteAreProblemsToo() throws IOException {
    String reply = raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 431");
    assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(reply).contains("\"status\":431");
  }

  @Test
  void anUnparsableRequestLineIsAProblem() throws IOException {
    String reply = raw("GET /he llo HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 400");
    assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(reply).contains("\"type\":\"https://lab.dev/problems/malformed-request\"");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", lab.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
