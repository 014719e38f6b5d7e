package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactEndpointTest {
  /** A line of the example lab.yaml, which must never be served. */
  private static final String SECRET = "kind: Lab";

  @TempDir
  Path tmp;
  private LabFixture lab;
  private Path dir;
  private Path root;
  private byte[] kernel;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    lab = LabFixture.start(tmp);
    dir = lab.labDir;
    assertThat(Files.readString(dir.resolve("lab.yaml"))).contains(SECRET);
    root = Files.createDirectories(lab.context.lab().artifactRoot());
    kernel = new byte[100_000];
    new Random(7).nextBytes(kernel);
    Files.createDirectories(root.resolve("debian-12/x86_64"));
    Files.write(root.resolve("debian-12/x86_64/linux"), kernel);
    Files.setLastModifiedTime(root.resolve("debian-12/x86_64/linux"),
        FileTime.from(Instant.parse("2026-01-02T03:04:05.123456789Z")));
    http = lab.http;
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  @Test
  void servesAWholeFileWithItsValidators() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
    assertThat(r.headers().firstValue("Content-Length")).hasValue("100000");
    assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"[0-9a-f]+-[0-9a-f]+\""));
    assertThat(r.headers().firstValue("Last-Modified")).hasValue("Fri, 2 Jan 2026 03:04:05 GMT");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
  }

  @Test
  void headAnswersTheHeadersWithoutABody() {
    HttpResponse<byte[]> r = http.head("/artifacts/debian-12/x86_64/linux");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Length")).hasValue("100000");
    assertThat(r.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void servesOneRange() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=10-19");
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.body()).isEqualTo(Arrays.copyOfRange(kernel, 10, 20));
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 10-19/100000");
    assertThat(r.headers().firstValue("Content-Length")).hasValue("10");
  }

  @Test
  void servesASuffixRange() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=-5");
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.body()).isEqualTo(Arrays.copyOfRange(kernel, 99_995, 100_000));
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 99995-99999/100000");
  }

  @Test
  void servesAnOpenEndedRangeToTheEnd() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=99000-");
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.body()).isEqualTo(Arrays.copyOfRange(kernel, 99_000, 100_000));
  }

  @Test
  void clampsARangeThatRunsPastTheEnd() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=99990-200000");
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 99990-99999/100000");
    assertThat(r.body()).hasSize(10);
  }

  @Test
  void refusesARangeOutsideTheFileWith416() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=100000-");
    assertProblem(r, 416, "range-not-satisfiable");
    assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes */100000");
  }

  @Test
  void servesTheWholeFileForSeveralRanges() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=0-1,5-6");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
  }

  @Test
  void ignoresAMalformedRange() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "lines=1-2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
  }

  @Test
  void answersNotModifiedForTheCurrentEtag() {
    String etag = http.head("/artifacts/debian-12/x86_64/linux").headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "If-None-Match", "\"other\", " + etag);
    assertThat(r.statusCode()).isEqualTo(304);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  void servesTheFileForAnotherEtag() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "If-None-Match", "\"1-2\"");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
  }

  @Test
  void theEtagChangesWhenTheFileChanges() throws IOException {
    String before = http.head("/artifacts/debian-12/x86_64/linux").headers().firstValue("ETag").orElseThrow();
    Files.write(root.resolve("debian-12/x86_64/linux"), new byte[] {1, 2, 3});
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "If-None-Match", before);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).containsExactly(1, 2, 3);
  }

  @Test
  void answersNotModifiedSinceTheLastModification() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux",
        "If-Modified-Since", "Fri, 2 Jan 2026 03:04:05 GMT");
    assertThat(r.statusCode()).isEqualTo(304);
  }

  @Test
  void servesTheWholeFileWhenIfRangeNamesAnOlderVersion() {
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=0-9",
        "If-Range", "\"1-2\"");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
  }

  @Test
  void servesTheRangeWhenIfRangeNamesThisVersion() {
    String etag = http.head("/artifacts/debian-12/x86_64/linux").headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> r = http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=0-9", "If-Range", etag);
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.body()).hasSize(10);
  }

  @Test
  void answersNotFoundForAMissingArtifact() {
    assertProblem(http.get("/artifacts/debian-12/x86_64/initrd.gz"), 404, "not-found");
  }

  @Test
  void answersNotFoundForADirectory() {
    assertProblem(http.get("/artifacts/debian-12"), 404, "not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/artifacts/../lab.yaml",
      "/artifacts/debian-12/../../lab.yaml",
      "/artifacts/%2e%2e/lab.yaml",
      "/artifacts/%2E%2E/lab.yaml",
      "/artifacts/.%2e/lab.yaml",
      "/artifacts/debian-12%2f..%2f..%2flab.yaml",
      "/artifacts/..%5clab.yaml",
      "/artifacts/..%5Clab.yaml",
      "/artifacts/%2e%2e%2flab.yaml",
      "/artifacts/./debian-12/x86_64/linux",
      "/artifacts/debian-12//x86_64/linux",
      "/artifacts/%00",
      "/artifacts/%c0%ae%c0%ae/lab.yaml"})
  void neverServesAFileOutsideTheRoot(String path) {
    HttpResponse<byte[]> r = http.get(path);
    assertThat(r.statusCode()).as(path).isIn(400, 404);
    if (r.statusCode() == 404) {
      assertProblem(r, 404, "not-found");
    } else {
      assertThat(Http.json(r).path("type").asText()).as(path)
          .isIn("https://lab.dev/problems/malformed-artifact-path", "https://lab.dev/problems/malformed-request");
      assertProblem(r, 400, Http.json(r).path("type").asText().replace("https://lab.dev/problems/", ""));
    }
    assertThat(Http.text(r)).doesNotContain(SECRET);
  }

  @Test
  void refusesEncodedDotSegmentsAsMalformed() {
    HttpResponse<byte[]> r = http.get("/artifacts/%2e%2e/lab.yaml");
    assertProblem(r, 400, "malformed-artifact-path");
  }

  @Test
  void answersNotFoundForASymlinkOutOfTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("escape"), dir.resolve("lab.yaml"));
    HttpResponse<byte[]> r = http.get("/artifacts/escape");
    assertProblem(r, 404, "not-found");
    assertThat(Http.text(r)).doesNotContain(SECRET);
  }

  @Test
  void answersNotFoundForAFileBelowADirectorySymlinkOutOfTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("up"), dir);
    assertProblem(http.get("/artifacts/up/lab.yaml"), 404, "not-found");
  }

  @Test
  void servesASymlinkThatStaysInsideTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("current"), root.resolve("debian-12"));
    HttpResponse<byte[]> r = http.get("/artifacts/current/x86_64/linux");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(kernel);
  }

  @Test
  void servesAPercentEncodedName() throws IOException {
    Files.writeString(root.resolve("a b.txt"), "spaced", StandardCharsets.UTF_8);
    HttpResponse<byte[]> r = http.get("/artifacts/a%20b.txt");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).isEqualTo("spaced");
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
  }

  @Test
  void countsTheBytesItServesInTheMetrics() {
    http.get("/artifacts/debian-12/x86_64/linux");
    http.get("/artifacts/debian-12/x86_64/linux", "Range", "bytes=0-99");
    String metrics = Http.text(http.get("/metrics"));
    assertThat(metrics).contains("lab_artifact_served_bytes_total 100100.0");
  }
}
