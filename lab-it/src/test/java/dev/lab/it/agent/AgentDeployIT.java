package dev.lab.it.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lab.it.ItLogs;
import dev.lab.it.http.RecordedRequest;
import dev.lab.it.http.Response;
import dev.lab.it.http.TestHttpServer;
import dev.lab.it.qemu.DiskSpec;
import dev.lab.it.qemu.Firmware;
import dev.lab.it.qemu.QemuVm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent OS built by {@code lab agent build} network-boots in QEMU (iPXE → agent kernel and
 * initramfs), fetches a hand-written deploy plan, partitions an empty virtio disk, makes and mounts
 * the filesystem, streams a {@code .tar.zst} rootfs with its SHA-256 checked while streaming,
 * writes a file verbatim, runs a command in the target chroot and reboots — reporting every step
 * to the plan's events URL. The failure case: a wrong SHA-256 stops the agent before the
 * bootloader step, it reports the action and the reason, and the machine does not reboot.
 *
 * <p>Logs: {@code target/it-logs/AgentDeployIT/<case>/} (serial console, QEMU output, requests, events).
 */
class AgentDeployIT {
  private static final String BASE = "http://10.0.2.100/";
  private static final String MAC = "52:54:00:a6:e1:01";
  private static final Duration VM_TIME_LIMIT = Duration.ofSeconds(Long.getLong("lab.it.agent.time-limit", 420));
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A value a shell would act on if the agent ever evaluated it. */
  private static final String HOSTNAME_CONTENT = "vm1 $(reboot) `halt` ; echo pwned\n";

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Firmware.class)
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void agentDeploysTheRootfsAndReportsEveryAction(Firmware firmware) throws Exception {
    String fw = firmware.name().toLowerCase(Locale.ROOT);
    Path logs = ItLogs.dir("AgentDeployIT/deploy-" + fw);
    Path archive = AgentOs.rootfs(tmp);
    String plan = plan(sha256(archive), firmware);
    try (TestHttpServer http = serve(logs, plan, archive)) {
      try (QemuVm vm = vm(firmware, http, logs)) {
        RecordedRequest finished = http.awaitRequest("deploy-finished event", r -> isEvent(r, "deploy-finished"),
            VM_TIME_LIMIT, vm::whyStopped);
        assertThat(finished).isNotNull();
        vm.waitForSerial("rebooting into the installed system", Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (vm.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(500);
        }
        assertThat(vm.isAlive()).as("the agent rebooted the VM (QEMU runs with -no-reboot)").isFalse();
        List<JsonNode> events = events(http);
        Files.writeString(logs.resolve("events.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(events));
        assertThat(events).extracting(e -> e.get("type").asText()).startsWith("agent-started")
            .doesNotContain("action-failed");
        for (String id : List.of("partition", "mkfs-root", "mount-root", "stream-rootfs", "hostname", "check-hostname")) {
          JsonNode done = events.stream().filter(e -> e.get("type").asText().equals("action-finished")
              && e.get("data").get("action").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no action-finished for " + id));
          assertThat(done.get("data").get("seconds").asDouble()).isGreaterThanOrEqualTo(0);
        }
        JsonNode stream = events.stream().filter(e -> e.get("type").asText().equals("action-finished")
            && e.get("data").get("action").asText().equals("stream-rootfs")).findFirst().orElseThrow();
        assertThat(stream.get("data").get("bytes").asLong()).isEqualTo(Files.size(archive));
        assertThat(stream.get("data").get("bytesPerSecond").asLong()).isPositive();
        // The file was written verbatim (nothing evaluated) and the chroot command ran in the target.
        assertThat(vm.serial().text()).contains("vm1 $(reboot) `halt` ; echo pwned");
        Files.writeString(logs.resolve("timings.txt"), timings(events));
        System.out.print(timings(events));
      }
    }
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aWrongChecksumStopsTheAgentBeforeTheBootloaderAndTheMachineStays() throws Exception {
    Path logs = ItLogs.dir("AgentDeployIT/checksum-mismatch");
    Path archive = AgentOs.rootfs(tmp);
    String plan = plan("0".repeat(64), Firmware.BIOS);
    try (TestHttpServer http = serve(logs, plan, archive)) {
      try (QemuVm vm = vm(Firmware.BIOS, http, logs)) {
        RecordedRequest failed = http.awaitRequest("action-failed event", r -> isEvent(r, "action-failed"),
            VM_TIME_LIMIT, vm::whyStopped);
        JsonNode event = JSON.readTree(failed.bodyText());
        assertThat(event.get("failure").asBoolean()).isTrue();
        assertThat(event.get("data").get("action").asText()).isEqualTo("stream-rootfs");
        assertThat(event.get("data").get("output").asText()).contains("sha256 mismatch");
        vm.waitForSerial("lab-agent: stopped", Duration.ofSeconds(60));
        Thread.sleep(10_000);
        assertThat(vm.isAlive()).as("the VM stays up after a failed deploy, it does not reboot").isTrue();
        List<JsonNode> events = events(http);
        Files.writeString(logs.resolve("events.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(events));
        assertThat(events).noneMatch(e -> e.get("type").asText().equals("deploy-finished"));
        assertThat(events).noneMatch(e -> e.get("data").path("action").asText().equals("bootloader"));
        assertThat(vm.serial().text()).contains("rolling back");
      }
    }
  }

  private static QemuVm vm(Firmware firmware, TestHttpServer http, Path logs) throws Exception {
    return QemuVm.builder()
        .firmware(firmware)
        .mac(MAC)
        .disk(DiskSpec.empty(2))
        .server(http.port(), "boot.ipxe")
        .noReboot(true)
        .timeLimit(VM_TIME_LIMIT)
        .logDir(logs)
        .start();
  }

  private static TestHttpServer serve(Path logs, String plan, Path archive) throws IOException {
    Path agent = AgentOs.x86_64();
    TestHttpServer http = TestHttpServer.start(logs.resolve("requests.log"));
    String script = "#!ipxe\n"
        + "kernel " + BASE + "agent/vmlinuz initrd=initrd.img console=ttyS0,115200 lab.mode=deploy lab.plan="
        + BASE + "plan.json lab.mac=${net0/mac}\n"
        + "initrd --name initrd.img " + BASE + "agent/initrd.img\n"
        + "boot\n";
    http.route("/boot.ipxe", Response.text(script))
        .route("/agent/vmlinuz", Response.file(agent.resolve("vmlinuz")))
        .route("/agent/initrd.img", Response.file(agent.resolve("initrd.img")))
        .route("/plan.json", Response.bytes(200, "application/json", plan.getBytes(StandardCharsets.UTF_8)))
        .route("/rootfs.tar.zst", Response.file(archive))
        .route("/events", Response.bytes(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    return http;
  }

  private static String plan(String sha256, Firmware firmware) throws IOException {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("version", 1).put("server", "vm1").put("architecture", "x86_64")
        .put("firmware", firmware == Firmware.BIOS ? "bios" : "uefi").put("events", BASE + "events");
    ArrayNode actions = plan.putArray("actions");
    ObjectNode part = actions.addObject().put("id", "partition").put("type", "partition").put("device", "/dev/vda")
        .put("table", "gpt");
    ArrayNode parts = part.putArray("partitions");
    parts.addObject().put("number", 1).put("name", "bios").put("size", "1MiB").put("type", "bios-boot");
    parts.addObject().put("number", 2).put("name", "root").put("size", "rest").put("type", "linux");
    actions.addObject().put("id", "mkfs-root").put("type", "mkfs").put("device", "/dev/vda2").put("filesystem", "ext4")
        .put("label", "root").put("uuid", "6f0c1b7e-1111-4222-8333-944455556666");
    actions.addObject().put("id", "mount-root").put("type", "mount").put("device", "/dev/vda2").put("path", "/")
        .put("filesystem", "ext4");
    actions.addObject().put("id", "stream-rootfs").put("type", "stream-archive").put("url", BASE + "rootfs.tar.zst")
        .put("sha256", sha256).put("compression", "zstd").put("path", "/");
    actions.addObject().put("id", "hostname").put("type", "write-file").put("path", "/etc/hostname").put("mode", "0644")
        .put("content", HOSTNAME_CONTENT);
    ObjectNode check = actions.addObject().put("id", "check-hostname").put("type", "chroot");
    check.putArray("command").add("/bin/busybox").add("cat").add("/etc/hostname");
    ObjectNode boot = actions.addObject().put("id", "bootloader").put("type", "chroot");
    boot.putArray("command").add("/bin/busybox").add("true");
    actions.addObject().put("id", "reboot").put("type", "reboot");
    return JSON.writeValueAsString(plan);
  }

  private static boolean isEvent(RecordedRequest r, String type) {
    return r.path().equals("/events") && r.bodyText().contains("\"type\":\"" + type + "\"");
  }

  private static List<JsonNode> events(TestHttpServer http) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (RecordedRequest r : http.requests()) {
      if (r.path().equals("/events")) {
        events.add(JSON.readTree(r.bodyText()));
      }
    }
    return events;
  }

  private static String timings(List<JsonNode> events) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode e : events) {
      if (e.get("type").asText().equals("action-finished")) {
        JsonNode d = e.get("data");
        sb.append(String.format(Locale.ROOT, "%-16s %-15s %6.2f s%s%n", d.get("action").asText(), d.get("type").asText(),
            d.get("seconds").asDouble(), d.has("bytesPerSecond")
                ? String.format(Locale.ROOT, "  %d bytes, %.1f MB/s", d.get("bytes").asLong(), d.get("bytesPerSecond").asLong() / 1e6)
                : ""));
      }
    }
    return sb.toString();
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      md.update(in.readAllBytes());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
