package dev.lab.it.lab;

import static dev.lab.it.lab.SlirpLab.PUBLIC_URL;
import static dev.lab.it.lab.SlirpLab.await;
import static dev.lab.it.lab.SlirpLab.seconds;
import static dev.lab.it.lab.SlirpLab.stoppedOrAgentGaveUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.core.LabContext;
import dev.lab.core.onboard.Approval;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.it.ItLogs;
import dev.lab.it.qemu.DiskSpec;
import dev.lab.it.qemu.Firmware;
import dev.lab.it.qemu.QemuVm;
import dev.lab.server.LabServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rootfs install method end to end: a Debian 12 rootfs built by Lab's image builder (debootstrap,
 * cached in {@code lab.image.cache}, default {@code ~/.cache/lab/images}; needs root and the Debian
 * mirror on the first run), the agent OS built by Lab's agent builder, a lab directory with one VM
 * and a rootfs profile, {@code lab serve} on the host's loopback and an approved onboarding. The VM
 * network-boots the agent through Lab's iPXE chain, the agent deploys the plan onto an empty disk
 * and reboots; the next network boot is answered with a local boot, GRUB on the disk boots Debian,
 * whose first-boot unit posts {@code first-boot} and calls done.
 *
 * <p>The profile has no enrollment: the VM's restricted network reaches Lab only, and an OpenVox
 * enrollment would try to reach a package repository and a Puppet server.
 *
 * <p>Runs for BIOS and for UEFI (OVMF; GRUB at the ESP's removable-media path, no boot entry).
 *
 * <p>Opt-in ({@code -Dlab.it.rootfs=true}): it needs root and builds a Debian image on its first run
 * (debootstrap from the Debian mirror, a few minutes).
 *
 * <p>Logs: {@code target/it-logs/LabRootfsIT/<firmware>/} (serial console, QEMU output, timeline,
 * timings with the per-action seconds).
 */
@EnabledIfSystemProperty(named = "lab.it.rootfs", matches = "true",
    disabledReason = "the rootfs end-to-end test is opt-in: -Dlab.it.rootfs=true")
class LabRootfsIT {
  private static final String SERVER = "vm1";
  private static final Duration VM_TIME_LIMIT =
      Duration.ofSeconds(Long.getLong("lab.it.rootfs.time-limit", 2400));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Firmware.class)
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void theAgentDeploysDebianWhichBootsFromItsDiskAndReportsFirstBoot(Firmware firmware) throws Exception {
    String fw = firmware.name().toLowerCase(Locale.ROOT);
    String mac = firmware == Firmware.BIOS ? "52:54:00:a7:e2:01" : "52:54:00:a7:e2:02";
    Path logs = ItLogs.dir("LabRootfsIT/" + fw);
    Path labDir = writeLab(mac, fw);
    List<String> timings = new ArrayList<>();
    DeployArtifacts.build(labDir, timings);

    try (LabContext context = LabContext.open(labDir, Path.of(System.getProperty("lab.builtinPlugins")));
        StateStore store = context.openStore()) {
      LabServer http = LabServer.start(context, store, "127.0.0.1", 0, PUBLIC_URL, Clock.systemUTC());
      try {
        OnboardingService onboarding = context.onboarding(store, Clock.systemUTC(), PUBLIC_URL);
        Approval approval = onboarding.approve(SERVER, "debian-12-rootfs", null, false);
        assertThat(approval.render().plugin()).isEqualTo("rootfs");

        try (QemuVm vm = QemuVm.builder()
            .firmware(firmware)
            .mac(mac)
            .memoryMib(2048)
            .disk(DiskSpec.empty(4))
            .server(http.port(), "boot.ipxe")
            .timeLimit(VM_TIME_LIMIT)
            .logDir(logs)
            .start()) {
          try {
            TimelineEvent agentStarted = await(store, SERVER, e -> e.type().equals("agent-started"), VM_TIME_LIMIT, stoppedOrAgentGaveUp(vm));
            TimelineEvent deployed = await(store, SERVER, e -> e.type().equals("deploy-finished"), VM_TIME_LIMIT, stoppedOrAgentGaveUp(vm));
            await(store, SERVER, e -> e.type().equals("local-boot") && e.at().isAfter(deployed.at()), VM_TIME_LIMIT,
                vm::whyStopped);
            TimelineEvent firstBoot = await(store, SERVER, e -> e.type().equals("first-boot"), VM_TIME_LIMIT, vm::whyStopped);
            awaitState(store, OnboardingState.INSTALLED, Duration.ofMinutes(5), vm::whyStopped);
            vm.waitForSerial("(?:login: |Reached target .*Multi-User System)", Duration.ofMinutes(10));
            assertLabStatusShowsTheDeploy(labDir, logs);

            List<TimelineEvent> timeline = store.timeline(SERVER, 1000);
            assertThat(timeline).noneMatch(e -> e.type().equals("action-failed"));
            assertThat(timeline).filteredOn(e -> e.type().equals("install-boot")).hasSize(1);
            List<JsonNode> finished = new ArrayList<>();
            for (TimelineEvent e : timeline) {
              if (e.type().equals("action-finished")) {
                finished.add(JSON.readTree(e.data()));
              }
            }
            List<String> planned = plannedActions(approval);
            assertThat(finished).extracting(d -> d.get("action").asText())
                .containsExactlyInAnyOrderElementsOf(planned.subList(0, planned.size() - 1));
            for (JsonNode d : finished) {
              assertThat(d.get("seconds").asDouble()).as(d.get("action").asText()).isGreaterThanOrEqualTo(0);
              timings.add(actionLine(d));
            }
            timings.add(String.format(Locale.ROOT, "%s: from QEMU start: agent-started %.1f s, deploy-finished %.1f s,"
                + " first-boot %.1f s (deploy %.1f s)", firmware, seconds(vm, agentStarted), seconds(vm, deployed),
                seconds(vm, firstBoot), Duration.between(agentStarted.at(), deployed.at()).toMillis() / 1000.0));

            // Another network boot of the installed machine: a local boot again, never the agent. (Under
            // UEFI the reboot after the deploy already showed it, and a warm reset is not repeated: there,
            // iPXE's first connection to Lab after the reset timed out in QEMU's user-mode network — after
            // OVMF's own HTTP boot had also fetched boot.ipxe — and the firmware went on to the disk.)
            if (firmware == Firmware.BIOS) {
              int mark = vm.serial().mark();
              Instant before = Instant.now();
              vm.reset();
              await(store, SERVER, e -> e.type().equals("local-boot") && e.at().isAfter(before), Duration.ofMinutes(5),
                  vm::whyStopped);
              vm.waitForSerial("(?:login: |Reached target .*Multi-User System)", Duration.ofMinutes(15), mark);
            }
            assertThat(store.timeline(SERVER, 1000)).filteredOn(e -> e.type().equals("install-boot")).hasSize(1);
            assertThat(store.timeline(SERVER, 1000)).filteredOn(e -> e.type().equals("local-boot")
                && e.at().isAfter(deployed.at())).isNotEmpty();
            vm.powerOff();
          } finally {
            Files.write(logs.resolve("timeline.txt"), store.timeline(SERVER, 1000).stream().map(Object::toString).toList());
            Files.write(logs.resolve("timings.txt"), timings);
            timings.forEach(System.out::println);
          }
        }
      } finally {
        http.stop();
      }
    }
  }

  /**
   * The archive Lab serves is not the one whose SHA-256 the image catalogue records (swapped or
   * tampered with on the artifact store): a small, valid {@code .tar.zst} under the real image's
   * checksum. The agent streams it, finds the mismatch, reports {@code action-failed} for
   * stream-rootfs with the reason and stops: Lab marks the onboarding failed, no bootloader action
   * runs, and the VM stays in the agent — no reboot, no further network boot.
   */
  @org.junit.jupiter.api.Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void anArchiveThatDoesNotMatchItsChecksumFailsTheOnboardingAndTheVmStaysPut() throws Exception {
    String mac = "52:54:00:a7:e2:0f";
    Path logs = ItLogs.dir("LabRootfsIT/checksum-mismatch");
    Path labDir = writeLab(mac, "bios");
    List<String> timings = new ArrayList<>();
    DeployArtifacts.build(labDir, timings);
    String realSha = JSON.readTree(labDir.resolve("artifacts/images/debian-12/x86_64/manifest.json").toFile())
        .get("sha256").asText();
    Path tree = tmp.resolve("tampered-tree/etc");
    Files.createDirectories(tree);
    Files.writeString(tree.resolve("tampered"), "not the image the catalogue names\n");
    Path archive = labDir.resolve("artifacts/images/tampered/rootfs.tar.zst");
    Files.createDirectories(archive.getParent());
    Process tar = new ProcessBuilder("tar", "--zstd", "-cf", archive.toString(), "-C", tree.getParent().toString(),
        ".").redirectErrorStream(true).start();
    assertThat(tar.waitFor()).as(new String(tar.getInputStream().readAllBytes())).isZero();
    Files.writeString(labDir.resolve("images.yaml"), Files.readString(labDir.resolve("images.yaml")) + String.join("\n",
        "",
        "  - name: debian-12-tampered",
        "    os: debian",
        "    version: \"12\"",
        "    architectures:",
        "      x86_64:",
        "        rootfs: images/tampered/rootfs.tar.zst",
        "        sha256: " + realSha,
        ""));
    Files.writeString(labDir.resolve("profiles/debian-12-tampered.yaml"),
        Files.readString(labDir.resolve("profiles/debian-12-rootfs.yaml")).replace("image: debian-12\n",
            "image: debian-12-tampered\n"));

    try (LabContext context = LabContext.open(labDir, Path.of(System.getProperty("lab.builtinPlugins")));
        StateStore store = context.openStore()) {
      LabServer http = LabServer.start(context, store, "127.0.0.1", 0, PUBLIC_URL, Clock.systemUTC());
      context.onboarding(store, Clock.systemUTC(), PUBLIC_URL).approve(SERVER, "debian-12-tampered", null, false);
      try (QemuVm vm = QemuVm.builder()
          .firmware(Firmware.BIOS)
          .mac(mac)
          .memoryMib(2048)
          .disk(DiskSpec.empty(4))
          .server(http.port(), "boot.ipxe")
          .timeLimit(VM_TIME_LIMIT)
          .logDir(logs)
          .start()) {
        try {
          TimelineEvent failed = await(store, SERVER, e -> e.type().equals("action-failed"), VM_TIME_LIMIT,
              vm::whyStopped);
          JsonNode data = JSON.readTree(failed.data());
          assertThat(data.get("action").asText()).isEqualTo("stream-rootfs");
          assertThat(data.get("output").asText()).contains("sha256 mismatch");
          awaitState(store, OnboardingState.FAILED, Duration.ofMinutes(1), vm::whyStopped);
          assertThat(store.current(SERVER).orElseThrow().reason()).contains("stream-rootfs");

          // The agent stays where it stopped: no later action, no reboot, no further network boot.
          Thread.sleep(30_000);
          assertThat(vm.whyStopped()).as("the VM is still running the agent").isNull();
          List<TimelineEvent> timeline = store.timeline(SERVER, 1000);
          assertThat(timeline).filteredOn(e -> e.kind().equals("boot")).singleElement()
              .satisfies(e -> assertThat(e.type()).isEqualTo("install-boot"));
          assertThat(timeline).noneMatch(e -> e.data() != null && e.data().contains("grub-install"))
              .noneMatch(e -> e.type().equals("deploy-finished"));
          timings.add(String.format(Locale.ROOT, "checksum mismatch: action-failed %.1f s after QEMU start",
              seconds(vm, failed)));
          vm.powerOff();
        } finally {
          Files.write(logs.resolve("timeline.txt"), store.timeline(SERVER, 1000).stream().map(Object::toString).toList());
          Files.write(logs.resolve("timings.txt"), timings);
        }
      } finally {
        http.stop();
      }
    }
  }

  /** The example lab directory served at the guest's view of the host, plus vm1 and a rootfs profile. */
  /** {@code lab status vm1}, the operator's view: the whole timeline through installed, each action with its time. */
  private static void assertLabStatusShowsTheDeploy(Path labDir, Path logs) throws Exception {
    LabCommandLine.Result status = LabCommandLine.run("status", SERVER, "--lab", labDir.toString());
    Files.writeString(logs.resolve("lab-status.txt"), status.out() + status.err());
    assertThat(status.err()).isEmpty();
    assertThat(status.code()).isZero();
    assertThat(status.out())
        .containsPattern("state\\s+approved\\s+approved with profile debian-12-rootfs")
        .containsPattern("boot\\s+install-boot")
        .containsPattern("progress\\s+action-finished\\s+partition \\(\\d+\\.\\d\\d s\\)")
        .containsPattern("progress\\s+action-finished\\s+stream-rootfs \\(\\d+\\.\\d\\d s, \\d+\\.\\d MB at \\d+\\.\\d MB/s\\)")
        .containsPattern("progress\\s+action-finished\\s+grub-install\\S* \\(\\d+\\.\\d\\d s\\)")
        .contains("deploy-finished", "local-boot", "first-boot")
        .containsPattern("state\\s+installed");
  }

  private Path writeLab(String mac, String firmware) throws Exception {
    Path lab = tmp.resolve("lab");
    SlirpLab.writeExample(lab);
    SlirpLab.writeServer(lab, SERVER, mac, firmware, "debian-12-rootfs");
    DeployArtifacts.writeRootfsProfile(lab);
    return lab;
  }

  private static List<String> plannedActions(Approval approval) throws Exception {
    String plan = approval.render().files().stream().filter(f -> f.name().equals("plan.json")).findFirst()
        .orElseThrow().content();
    List<String> ids = new ArrayList<>();
    JSON.readTree(plan).get("actions").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  private static String actionLine(JsonNode d) {
    return String.format(Locale.ROOT, "%-22s %-15s %7.2f s%s", d.get("action").asText(), d.get("type").asText(),
        d.get("seconds").asDouble(), d.has("bytesPerSecond")
            ? String.format(Locale.ROOT, "  %d bytes, %.1f MB/s", d.get("bytes").asLong(),
                d.get("bytesPerSecond").asLong() / 1e6)
            : "");
  }

  private static void awaitState(StateStore store, OnboardingState state, Duration timeout, Supplier<String> whyStopped)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (store.current(SERVER).orElseThrow().state() == state) {
        return;
      }
      if (whyStopped.get() != null) {
        break;
      }
      Thread.sleep(1000);
    }
    assertThat(store.current(SERVER).orElseThrow().state()).isEqualTo(state);
  }

}
