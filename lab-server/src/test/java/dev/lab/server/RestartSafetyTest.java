package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.state.StateStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 installs in progress, the server killed with SIGKILL while machines post events, restarted on
 * the same lab directory: every onboarding, token and acknowledged event is still there, and every
 * install can finish. Once on the embedded store, once on PostgreSQL.
 */
class RestartSafetyTest {
  private static final int MACHINES = 50;
  private static final String[] AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN};

  @TempDir
  Path dir;
  private Process process;
  private TestPostgres postgres;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static String name(int i) {
    return String.format("node%02d", i);
  }

  private static String mac(int i) {
    return String.format("52:54:00:60:00:%02x", i);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"embedded", "postgresql"})
  void everyOnboardingTokenAndEventSurvivesAKill(String engine) throws Exception {
    Path labDir = dir.resolve("lab");
    ExampleLab.write(labDir);
    if (engine.equals("postgresql")) {
      postgres = TestPostgres.orSkip();
      postgres.configure(labDir);
    }
    for (int i = 0; i < MACHINES; i++) {
      Files.writeString(labDir.resolve("servers/" + name(i) + ".yaml"), """
          apiVersion: lab.dev/v1
          kind: Server
          domain: lab.example
          arch: x86_64
          firmware: uefi
          profile: k8s-worker
          nics:
            - name: eth0
              mac: %s
          """.formatted(mac(i)));
    }
    Map<String, String> tokens = new LinkedHashMap<>();
    try (LabContext context = LabContext.open(labDir, LabFixture.builtinPlugins());
        StateStore store = context.openStore()) {
      for (int i = 0; i < MACHINES; i++) {
        tokens.put(name(i), LabFixture.filesToken(
            context.onboarding(store, Clock.systemUTC()).approve(name(i), null, null, false)));
      }
    }

    Http first = start(labDir);
    for (int i = 0; i < MACHINES; i++) {
      assertThat(Http.text(first.get("/ipxe?mac=" + mac(i) + "&platform=efi&buildarch=x86_64")))
          .contains("# Lab install boot");
      assertThat(first.post("/t/" + tokens.get(name(i)) + "/events", "{\"type\":\"install-started\"}").statusCode())
          .isEqualTo(202);
    }

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService machines = Executors.newFixedThreadPool(8);
    for (int t = 0; t < 8; t++) {
      int seed = t;
      machines.submit(() -> {
        Random random = new Random(seed);
        while (!Thread.currentThread().isInterrupted()) {
          String node = name(random.nextInt(MACHINES));
          String message = node + " step " + sent.incrementAndGet();
          try {
            HttpResponse<byte[]> r = first.post("/t/" + tokens.get(node) + "/events",
                "{\"type\":\"install-progress\",\"message\":\"" + message + "\"}");
            if (r.statusCode() == 202) {
              acknowledged.add(message);
            }
          } catch (UncheckedIOException e) {
            return;
          }
        }
      });
    }
    while (acknowledged.size() < 300) {
      Thread.sleep(5);
    }
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    machines.shutdownNow();
    assertThat(machines.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    Http http = start(labDir);
    JsonNode servers = Http.json(http.get("/api/v1/servers", AUTH)).path("servers");
    List<String> timelines = new ArrayList<>();
    for (JsonNode s : servers) {
      if (s.path("server").asText().startsWith("node")) {
        assertThat(s.path("state").asText()).as(s.path("server").asText()).isEqualTo("installing");
        JsonNode events = Http.json(http.get("/api/v1/servers/" + s.path("server").asText()
            + "/timeline?limit=10000", AUTH)).path("events");
        events.forEach(e -> timelines.add(e.path("message").asText()));
      }
    }
    assertThat(servers.findValuesAsText("server")).filteredOn(n -> n.startsWith("node")).hasSize(MACHINES);
    assertThat(timelines).containsAll(acknowledged);

    for (int i = 0; i < MACHINES; i++) {
      String token = tokens.get(name(i));
      assertThat(http.get("/t/" + token + "/user-data").statusCode()).as(name(i)).isEqualTo(200);
      assertThat(http.post("/t/" + token + "/done", "").statusCode()).as(name(i)).isEqualTo(200);
      assertThat(Http.text(http.get("/ipxe?mac=" + mac(i) + "&platform=efi&buildarch=x86_64")))
          .contains("# Lab local boot");
    }
  }

  /** Starts {@code lab serve} in a child JVM on the test class path and waits until it listens. */
  private Http start(Path labDir) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ServerProcess.class.getName(), labDir.toString(), LabFixture.builtinPlugins().toString());
    builder.environment().put(OperatorToken.ENV, LabFixture.OPERATOR_TOKEN);
    builder.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
    process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith(ServerProcess.READY)) {
        return new Http(Integer.parseInt(line.substring(ServerProcess.READY.length()).strip()));
      }
    }
    throw new AssertionError("the server process ended before it listened:\n"
        + Files.readString(dir.resolve("server.log")));
  }
}
