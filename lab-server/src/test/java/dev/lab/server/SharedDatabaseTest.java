package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TokenPurpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code lab serve} instances on one PostgreSQL database, as behind a load balancer: 200
 * concurrent calls spread over both complete each onboarding exactly once and consume each
 * one-time token exactly once. Each server opens its store from lab.yaml's {@code state} settings.
 */
class SharedDatabaseTest {
  private static final int MACHINES = 20;
  private static final int CALLS = 200;
  private static final String[] AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN};

  @TempDir
  Path dir;
  private TestPostgres postgres;
  private Path labDir;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<Instance> instances = new ArrayList<>();

  /** One {@code lab serve}: its own lab context, store (connection pool) and HTTP server. */
  private record Instance(LabContext context, StateStore store, LabServer server, Http http) {}

  @BeforeEach
  void startTwoServers() throws Exception {
    postgres = TestPostgres.orSkip();
    labDir = dir.resolve("lab");
    ExampleLab.write(labDir);
    postgres.configure(labDir);
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
              mac: 52:54:00:70:00:%02x
          """.formatted(i));
    }
    for (int i = 0; i < 2; i++) {
      LabContext context = LabContext.open(labDir, LabFixture.builtinPlugins());
      open.add(context);
      StateStore store = context.openStore(Map.of());
      open.add(store);
      LabServer server = LabServer.start(context, store, "127.0.0.1", 0, null, Clock.systemUTC(),
          Map.of(OperatorToken.ENV, LabFixture.OPERATOR_TOKEN));
      open.add(server::stop);
      instances.add(new Instance(context, store, server, new Http(server.port())));
    }
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static String name(int i) {
    return String.format("node%02d", i);
  }

  @Test
  void twoServersCompleteEachOnboardingExactlyOnce() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < MACHINES; i++) {
      Instance approver = instances.get(i % 2);
      tokens.add(LabFixture.filesToken(approver.context().onboarding(approver.store(), Clock.systemUTC())
          .approve(name(i), null, null, false)));
    }

    List<Integer> statuses = concurrently(CALLS, call -> instances.get(call % 2).http()
        .post("/t/" + tokens.get(call % MACHINES) + "/done", "").statusCode());

    for (int i = 0; i < MACHINES; i++) {
      int machine = i;
      List<Integer> own = new ArrayList<>();
      for (int call = machine; call < CALLS; call += MACHINES) {
        own.add(statuses.get(call));
      }
      assertThat(own).as(name(i)).containsOnly(200, 404).filteredOn(s -> s == 200).hasSize(1);
    }
    for (Instance instance : instances) {
      JsonNode servers = Http.json(instance.http().get("/api/v1/servers", AUTH)).path("servers");
      for (JsonNode s : servers) {
        if (s.path("server").asText().startsWith("node")) {
          assertThat(s.path("state").asText()).as(s.path("server").asText()).isEqualTo("installed");
          JsonNode events = Http.json(instance.http().get("/api/v1/servers/" + s.path("server").asText()
              + "/timeline?limit=1000", AUTH)).path("events");
          assertThat(events.findValuesAsText("type")).filteredOn("installed"::equals).hasSize(1);
        }
      }
    }
  }

  @Test
  void twoServersConsumeEachEnrollmentTokenExactlyOnce() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < MACHINES; i++) {
      Instance approver = instances.get(i % 2);
      Approval approval = approver.context().onboarding(approver.store(), Clock.systemUTC())
          .approve(name(i), null, null, false);
      tokens.add(approval.render().config().enrollment().token());
    }
    Instant now = Instant.now();

    List<Boolean> consumed = concurrently(CALLS, call -> instances.get(call % 2).store()
        .consume(tokens.get(call % MACHINES), TokenPurpose.ENROLLMENT, now));

    for (int i = 0; i < MACHINES; i++) {
      List<Boolean> own = new ArrayList<>();
      for (int call = i; call < CALLS; call += MACHINES) {
        own.add(consumed.get(call));
      }
      assertThat(own).as(name(i)).filteredOn(Boolean::booleanValue).hasSize(1);
    }
  }

  /** A task that knows which of the n calls it is. */
  @FunctionalInterface
  private interface Call<T> {
    T run(int call) throws Exception;
  }

  /** Runs n calls at once from 32 threads, and returns their results in call order. */
  private static <T> List<T> concurrently(int n, Call<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int call = i;
        futures.add(pool.submit((Callable<T>) () -> task.run(call)));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
