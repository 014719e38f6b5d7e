package dev.lab.it.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestHttpServerTest {

  @TempDir
  Path dir;

  private TestHttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() {
    server = TestHttpServer.start(dir.resolve("logs/requests.log"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesARouteOnLoopback() throws Exception {
    server.route("/boot.ipxe", Response.text("#!ipxe\nexit\n"));

    HttpResponse<String> response = get("/boot.ipxe");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("#!ipxe\nexit\n");
    assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void answersUnknownPathsWith404AndRecordsThem() throws Exception {
    HttpResponse<String> response = get("/nothing/here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(server.requests()).singleElement().satisfies(request -> {
      assertThat(request.path()).isEqualTo("/nothing/here");
      assertThat(request.status()).isEqualTo(404);
    });
  }

  @Test
  void recordsMethodHeadersQueryAndBodyOfAPost() throws Exception {
    server.route("/events", request -> Response.status(204));

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/events?token=a%2Bb&step=1"))
        .header("Content-Type", "application/json")
        .header("User-Agent", "Wget/1.21.3")
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"early_command\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(204);
    RecordedRequest request = server.requests().get(0);
    assertThat(request.sequence()).isEqualTo(1);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/events");
    assertThat(request.target()).isEqualTo("/events?token=a%2Bb&step=1");
    assertThat(request.query()).containsExactly(
        org.assertj.core.api.Assertions.entry("token", "a+b"), org.assertj.core.api.Assertions.entry("step", "1"));
    assertThat(request.header("CONTENT-TYPE")).hasValue("application/json");
    assertThat(request.userAgent()).isEqualTo("Wget/1.21.3");
    assertThat(request.fromIpxe()).isFalse();
    assertThat(request.bodyText()).isEqualTo("{\"event\":\"early_command\"}");
  }

  @Test
  void letsAHandlerAnswerByRequest() throws Exception {
    server.route("/boot.ipxe", request -> request.fromIpxe() ? Response.text("#!ipxe\n") : Response.status(404));

    HttpResponse<String> ipxe = client.send(HttpRequest.newBuilder(uri("/boot.ipxe"))
        .header("User-Agent", "iPXE/1.0.0+git-20190125.36a4c85-5.1").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> other = client.send(HttpRequest.newBuilder(uri("/boot.ipxe"))
        .header("User-Agent", "UefiHttpBoot/1.0").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(ipxe.statusCode()).isEqualTo(200);
    assertThat(other.statusCode()).isEqualTo(404);
  }

  @Test
  void streamsAFileWithItsLength() throws Exception {
    byte[] content = new byte[3 << 20];
    new Random(42).nextBytes(content);
    Path file = Files.write(dir.resolve("initrd.gz"), content);
    server.route("/initrd.gz", Response.file(file));

    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri("/initrd.gz")).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.headers().firstValueAsLong("content-length")).hasValue(content.length);
    assertThat(response.body()).isEqualTo(content);
  }

  @Test
  void turnsAFailingHandlerInto500() throws Exception {
    server.route("/broken", request -> {
      throw new IllegalStateException("no script for this machine");
    });

    HttpResponse<String> response = get("/broken");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("no script for this machine");
  }

  @Test
  void writesEveryRequestToTheRequestLog() throws Exception {
    server.route("/preseed.cfg", Response.text("d-i debconf/priority select critical\n"));

    get("/preseed.cfg");
    get("/missing");

    assertThat(Files.readAllLines(server.requestLog()))
        .anySatisfy(line -> assertThat(line).contains("#1 GET /preseed.cfg -> 200"))
        .anySatisfy(line -> assertThat(line).contains("#2 GET /missing -> 404"));
  }

  @Test
  void awaitRequestReturnsARequestThatArrivesLater() throws Exception {
    server.route("/preseed.cfg", Response.text(""));
    CompletableFuture<HttpResponse<String>> later = CompletableFuture.supplyAsync(() -> {
      try {
        Thread.sleep(300);
        return get("/preseed.cfg");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    RecordedRequest request = server.awaitRequest("the preseed",
        candidate -> candidate.path().equals("/preseed.cfg"), Duration.ofSeconds(10));

    assertThat(request.path()).isEqualTo("/preseed.cfg");
    later.join();
  }

  @Test
  void awaitRequestFailsAfterItsTimeoutListingTheRequests() throws Exception {
    get("/boot.ipxe");

    assertThatThrownBy(() -> server.awaitRequest("the preseed", request -> request.path().equals("/preseed.cfg"),
        Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no request for the preseed within 0 s")
        .hasMessageContaining("#1 GET /boot.ipxe -> 404");
  }

  @Test
  void awaitRequestGivesUpAsSoonAsItIsToldWhy() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> server.awaitRequest("the preseed", request -> true, Duration.ofMinutes(5),
        () -> "QEMU exited with status 1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no request for the preseed: QEMU exited with status 1")
        .hasMessageContaining("(none)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesARoutePathWithoutLeadingSlash() {
    assertThatThrownBy(() -> server.route("boot.ipxe", Response.text("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a route path must start with '/': boot.ipxe");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }
}
