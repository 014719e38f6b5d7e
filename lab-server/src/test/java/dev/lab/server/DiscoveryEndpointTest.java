package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.core.onboard.DiscoveryService;
import dev.lab.core.rules.Decision;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.DiscoveryState;
import dev.lab.core.state.TimelineEvent;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /discover} and {@code GET /discover/poll/{token}} over real HTTP, and rules applied to what they record. */
class DiscoveryEndpointTest {
  private static final String JSON = "application/json";
  private static final String RULE = """

        - name: small-x86-to-debian
          priority: 10
          limit: 2
          conditions:
            arch: x86_64
            cores: ">= 2"
            memory: ">= 1GiB"
          action:
            profile: debian-db
            labels: [discovered]
            hostnamePattern: disc{n:2}
      """;

  @TempDir
  Path dir;
  private LabFixture lab;
  private Http http;

  @BeforeEach
  void start() {
    lab = LabFixture.start(dir, d -> Files.writeString(d.resolve("rules.yaml"),
        Files.readString(d.resolve("rules.yaml")) + RULE));
    http = lab.http;
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  static String facts(String mac, String arch, int cores, long memory) {
    return """
        {"mac": "%s", "architecture": "%s", "firmware": "%s",
         "cpu": {"model": "QEMU Virtual CPU", "sockets": 1, "cores": %d, "threads": %d},
         "memoryBytes": %d,
         "disks": [{"name": "vda", "path": "/dev/vda", "sizeBytes": 8589934592, "type": "virtio"}],
         "nics": [{"name": "eth0", "mac": "%s", "driver": "virtio_net", "speedMbps": 1000, "link": true}],
         "dmi": {"vendor": "QEMU", "product": "Standard PC", "serial": "vm1-serial"}}
        """.formatted(mac, arch, "uefi", cores, cores, memory, mac);
  }

  private JsonNode post(String mac, String arch, int cores) {
    HttpResponse<byte[]> r = http.post("/discover", facts(mac, arch, cores, 2L << 30), "Content-Type", JSON);
    assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
    return Http.json(r);
  }

  private DiscoveryService discovery() {
    return new DiscoveryService(lab.context.lab(), lab.store, lab.onboarding(), lab.clock, LabFixture.PUBLIC_URL);
  }

  private static String pollPath(JsonNode answer) {
    return answer.path("poll").asText().substring(LabFixture.PUBLIC_URL.length() - 1);
  }

  @Test
  void aMachinePostsItsFactsAndIsDiscoveredUnderItsMac() {
    JsonNode answer = post("52:54:00:AB:CD:01", "x86_64", 2);
    assertThat(answer.path("state").asText()).isEqualTo("discovered");
    assertThat(answer.path("name").asText()).isEqualTo("mac-525400abcd01");
    assertThat(answer.path("poll").asText()).startsWith(LabFixture.PUBLIC_URL + "discover/poll/");
    DiscoveredMachine m = lab.store.discovery().byMac("52:54:00:ab:cd:01").orElseThrow();
    assertThat(m.facts().cpu().cores()).isEqualTo(2);
    assertThat(m.facts().dmi().serial()).isEqualTo("vm1-serial");
    List<TimelineEvent> timeline = lab.store.timeline("mac-525400abcd01", 10);
    assertThat(timeline).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("discovered");
      assertThat(e.message()).contains("x86_64 uefi, 2 cores, 2048 MiB memory, 1 disks, 1 NICs, serial vm1-serial");
    });
  }

  @Test
  void pollingAnswersDiscoveredUntilApproved() {
    JsonNode answer = post("52:54:00:ab:cd:02", "x86_64", 2);
    HttpResponse<byte[]> poll = http.get(pollPath(answer));
    assertThat(poll.statusCode()).isEqualTo(200);
    assertThat(Http.json(poll).path("state").asText()).isEqualTo("discovered");
    assertThat(Http.json(poll).has("plan")).isFalse();
  }

  @Test
  void anUnknownPollTokenIsNotFound() {
    HttpResponse<byte[]> r = http.get("/discover/poll/" + "a".repeat(43));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(Problem.MEDIA_TYPE));
  }

  @Test
  void postingAgainKeepsTheMachineAndReplacesItsPollToken() {
    JsonNode first = post("52:54:00:ab:cd:03", "x86_64", 2);
    JsonNode second = post("52:54:00:ab:cd:03", "x86_64", 4);
    assertThat(second.path("name").asText()).isEqualTo(first.path("name").asText());
    assertThat(http.get(pollPath(first)).statusCode()).isEqualTo(404);
    assertThat(http.get(pollPath(second)).statusCode()).isEqualTo(200);
    assertThat(lab.store.discovery().byMac("52:54:00:ab:cd:03").orElseThrow().facts().cpu().cores()).isEqualTo(4);
  }

  @Test
  void malformedJsonIsA400Problem() {
    HttpResponse<byte[]> r = http.post("/discover", "{\"mac\": ", "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = Http.json(r);
    assertThat(p.path("type").asText()).isEqualTo("https://lab.dev/problems/malformed-facts");
    assertThat(p.path("problems").get(0).path("message").asText()).startsWith("the body is not valid JSON");
  }

  @Test
  void invalidFactsAreA400ProblemListingEachProperty() {
    String body = facts("52:54:00:ab:cd:04", "sparc", 2, 1L << 30).replace("\"speedMbps\": 1000", "\"speedMbps\": -5")
        .replace("\"vda\", \"path\": \"/dev/vda\"", "\"vda\", \"path\": \"/dev/vda; reboot\"");
    HttpResponse<byte[]> r = http.post("/discover", body, "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problems = Http.json(r).path("problems");
    List<String> properties = new ArrayList<>();
    problems.forEach(p -> properties.add(p.path("property").asText()));
    assertThat(properties).containsExactly("architecture", "disks[0].path", "nics[0].speedMbps");
    assertThat(lab.store.discovery().all()).isEmpty();
  }

  @Test
  void aStringWhereANumberBelongsIsA400Problem() {
    String body = facts("52:54:00:ab:cd:05", "x86_64", 2, 1L << 30).replace("\"memoryBytes\": 1073741824",
        "\"memoryBytes\": \"1GiB\"");
    HttpResponse<byte[]> r = http.post("/discover", body, "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Http.json(r).path("problems").get(0).path("property").asText()).isEqualTo("memoryBytes");
  }

  @Test
  void aBodyOver64KiBIsRefused() {
    String body = facts("52:54:00:ab:cd:06", "x86_64", 2, 1L << 30).replace("\"vm1-serial\"",
        "\"" + "x".repeat(70 * 1024) + "\"");
    HttpResponse<byte[]> r = http.post("/discover", body, "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void anInventoryServerIsNotDiscovered() {
    String mac = lab.context.lab().server("web01").orElseThrow().nics().get(0).mac();
    HttpResponse<byte[]> r = http.post("/discover", facts(mac, "x86_64", 2, 1L << 30), "Content-Type", JSON);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(Http.json(r).path("detail").asText()).contains("is server web01 of the inventory");
    assertThat(lab.store.discovery().all()).isEmpty();
  }

  @Test
  void anUnknownMachineBootsTheDiscoveryAgentWhenItIsBuilt() throws Exception {
    Path agent = lab.context.lab().artifactRoot().resolve("agent/x86_64");
    Files.createDirectories(agent);
    Files.writeString(agent.resolve("vmlinuz"), "kernel");
    Files.writeString(agent.resolve("initrd.img"), "initrd");
    String script = Http.text(http.get("/ipxe?mac=52:54:00:ab:cd:07&platform=efi&buildarch=x86_64"));
    assertThat(script).contains(LabFixture.PUBLIC_URL + "artifacts/agent/x86_64/vmlinuz")
        .contains("lab.mode=discover").contains("lab.discover=" + LabFixture.PUBLIC_URL + "discover")
        .contains("lab.mac=52:54:00:ab:cd:07").contains("console=ttyS0,115200");
    assertThat(lab.store.timeline("mac-525400abcd07", 10)).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("booting the discovery agent"));
  }

  @Test
  void applyApprovesByRuleHonoursTheLimitAndRecordsTheRule() {
    JsonNode a = post("52:54:00:ab:cd:10", "x86_64", 2);
    post("52:54:00:ab:cd:11", "x86_64", 2);
    post("52:54:00:ab:cd:12", "x86_64", 2);
    JsonNode arm = post("52:54:00:ab:cd:13", "aarch64", 2);
    post("52:54:00:ab:cd:14", "x86_64", 1);

    List<Decision> dry = discovery().apply(true);
    assertThat(dry).extracting(d -> d.outcome().id() + " " + d.name()).containsExactly(
        "onboard disc01", "onboard disc02", "limit-reached null", "onboard mac-525400abcd13", "no-match null");
    assertThat(lab.store.discovery().all()).allMatch(m -> m.state() == DiscoveryState.DISCOVERED);

    List<Decision> applied = discovery().apply(false);
    assertThat(applied).as(applied.toString()).extracting(Decision::outcome)
        .isEqualTo(dry.stream().map(Decision::outcome).toList());
    DiscoveredMachine first = lab.store.discovery().byMac("52:54:00:ab:cd:10").orElseThrow();
    assertThat(first.state()).isEqualTo(DiscoveryState.APPROVED);
    assertThat(first.name()).isEqualTo("disc01");
    assertThat(lab.store.current("disc01")).hasValueSatisfying(o -> assertThat(o.profile()).isEqualTo("debian-db"));
    assertThat(lab.store.timeline("disc01", 10)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("rule-applied");
      assertThat(e.message()).contains("rule small-x86-to-debian").contains("discovered as mac-525400abcd10");
    });
    assertThat(lab.store.current("mac-525400abcd13")).hasValueSatisfying(o -> assertThat(o.profile())
        .isEqualTo("k8s-worker"));

    JsonNode approved = Http.json(http.get(pollPath(a)));
    assertThat(approved.path("state").asText()).isEqualTo("approved");
    assertThat(approved.path("boot").asText()).isEqualTo("network");
    JsonNode armPoll = Http.json(http.get(pollPath(arm)));
    assertThat(armPoll.path("state").asText()).isEqualTo("approved");

    String script = Http.text(http.get("/ipxe?mac=52:54:00:ab:cd:10&platform=efi&buildarch=x86_64"));
    assertThat(script).contains("preseed");
  }

  @Test
  void applyingTwiceChangesNothingTheSecondTime() {
    post("52:54:00:ab:cd:20", "x86_64", 2);
    post("52:54:00:ab:cd:21", "x86_64", 1);
    discovery().apply(false);
    List<DiscoveredMachine> after = lab.store.discovery().all();
    int events = lab.store.timeline("disc01", 100).size();
    List<Decision> second = discovery().apply(false);
    assertThat(second).extracting(Decision::outcome).containsExactly(Decision.Outcome.NO_MATCH);
    assertThat(lab.store.discovery().all()).isEqualTo(after);
    assertThat(lab.store.timeline("disc01", 100)).hasSize(events);
  }

  @Test
  void concurrentAppliesOnboardEachMachineOnceAndKeepTheLimit() throws Exception {
    for (int i = 0; i < 6; i++) {
      post(String.format("52:54:00:ab:ce:%02x", i), "x86_64", 2);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Decision>>> applies = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        applies.add(() -> discovery().apply(false));
      }
      for (Future<List<Decision>> f : pool.invokeAll(applies)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<DiscoveredMachine> machines = lab.store.discovery().all();
    assertThat(machines).filteredOn(m -> m.state() == DiscoveryState.APPROVED).hasSize(2)
        .extracting(DiscoveredMachine::name).containsExactlyInAnyOrder("disc01", "disc02");
    assertThat(lab.store.discovery().ruleCounts()).containsEntry("small-x86-to-debian", 2);
    assertThat(lab.store.currentAll()).filteredOn(o -> o.server().startsWith("disc")).hasSize(2);
  }

  private static final String[] JSON_AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN,
      "Content-Type", JSON};

  @Test
  void anOperatorOnboardsADiscoveredMachineOnceUnderANewName() {
    JsonNode answer = post("52:54:00:ab:cd:30", "x86_64", 8);
    var approval = discovery().approve("mac-525400abcd30", "debian-db", "web42", false);
    assertThat(approval.render().config().server().name()).isEqualTo("web42");
    DiscoveredMachine m = lab.store.discovery().byMac("52:54:00:ab:cd:30").orElseThrow();
    assertThat(m.state()).isEqualTo(DiscoveryState.APPROVED);
    assertThat(m.name()).isEqualTo("web42");
    assertThat(m.rule()).isNull();
    assertThat(lab.store.current("web42")).hasValueSatisfying(o -> assertThat(o.profile()).isEqualTo("debian-db"));
    assertThat(lab.store.timeline("web42", 10)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("operator-approved");
      assertThat(e.message()).contains("profile debian-db").contains("discovered as mac-525400abcd30");
    });
    assertThat(Http.json(http.get(pollPath(answer))).path("state").asText()).isEqualTo("approved");
    assertThat(discovery().apply(true)).as("no longer pending").isEmpty();
    assertThatThrownBy(() -> discovery().approve("web42", "debian-db", null, false))
        .isInstanceOf(dev.lab.core.LabException.class).hasMessageContaining("web42 is approved, not pending");
  }

  @Test
  void anOperatorsApprovalIsRefusedWithTheReasonAndChangesNothing() {
    post("52:54:00:ab:cd:31", "x86_64", 8);
    String m = "mac-525400abcd31";
    assertThatThrownBy(() -> discovery().approve("mac-525400abcdff", "debian-db", null, false))
        .hasMessageContaining("no discovered machine named 'mac-525400abcdff'");
    assertThatThrownBy(() -> discovery().approve(m, null, null, false))
        .hasMessageContaining("a discovered machine has no profile yet: name one with --profile");
    assertThatThrownBy(() -> discovery().approve(m, "debian-db", "Web_42;reboot", false))
        .hasMessageContaining("'Web_42;reboot' is not a server name");
    String inventory = lab.context.lab().servers().keySet().iterator().next();
    assertThatThrownBy(() -> discovery().approve(m, "debian-db", inventory, false))
        .hasMessageContaining("the name " + inventory + " is taken");
    assertThatThrownBy(() -> discovery().approve(m, "no-such-profile", null, false))
        .isInstanceOf(dev.lab.core.LabException.class);
    assertThat(lab.store.discovery().byMac("52:54:00:ab:cd:31").orElseThrow().state())
        .isEqualTo(DiscoveryState.DISCOVERED);
    assertThat(lab.store.current(m)).isEmpty();
  }

  @Test
  void concurrentOperatorApprovalsOfOneMachineLetOneWin() throws Exception {
    post("52:54:00:ab:cd:32", "x86_64", 8);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tries.add(pool.submit(() -> {
          try {
            discovery().approve("mac-525400abcd32", "debian-db", null, false);
            return true;
          } catch (dev.lab.core.LabException e) {
            return false;
          }
        }));
      }
      int won = 0;
      for (var t : tries) {
        won += t.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(lab.store.timeline("mac-525400abcd32", 100)).filteredOn(e -> e.type().equals("operator-approved"))
        .hasSize(1);
  }

  @Test
  void theOperatorApiListsDiscoveredMachinesAndOnboardsOne() {
    post("52:54:00:ab:cd:33", "x86_64", 8);
    assertProblem(http.get("/api/v1/discovered"), 401, "unauthorized");
    JsonNode list = Http.json(http.get("/api/v1/discovered", JSON_AUTH[0], JSON_AUTH[1]));
    assertThat(list.path("machines")).singleElement().satisfies(n -> {
      assertThat(n.path("name").asText()).isEqualTo("mac-525400abcd33");
      assertThat(n.path("state").asText()).isEqualTo("discovered");
      assertThat(n.path("facts").path("cpu").path("cores").asInt()).isEqualTo(8);
      assertThat(n.path("facts").path("dmi").path("serial").asText()).isEqualTo("vm1-serial");
    });
    HttpResponse<byte[]> dry = http.post("/api/v1/onboardings",
        "{\"server\":\"mac-525400abcd33\",\"profile\":\"debian-db\",\"name\":\"db42\",\"dryRun\":true}", JSON_AUTH);
    assertThat(dry.statusCode()).as(Http.text(dry)).isEqualTo(200);
    assertThat(lab.store.discovery().byName("mac-525400abcd33")).isPresent();
    HttpResponse<byte[]> r = http.post("/api/v1/onboardings",
        "{\"server\":\"mac-525400abcd33\",\"profile\":\"debian-db\",\"name\":\"db42\"}", JSON_AUTH);
    assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(201);
    assertThat(Http.json(r).path("server").asText()).isEqualTo("db42");
    assertThat(Http.json(http.get("/api/v1/discovered", JSON_AUTH[0], JSON_AUTH[1])).path("machines").get(0)
        .path("state").asText()).isEqualTo("approved");
    assertProblem(http.post("/api/v1/onboardings", "{\"server\":\"db01\",\"name\":\"x1\"}", JSON_AUTH), 400,
        "malformed-request");
    HttpResponse<byte[]> again = http.post("/api/v1/onboardings",
        "{\"server\":\"db42\",\"profile\":\"debian-db\"}", JSON_AUTH);
    assertThat(again.statusCode()).as(Http.text(again)).isEqualTo(422);
  }
}
