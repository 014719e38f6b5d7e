package dev.lab.it.lab;

import static dev.lab.it.lab.SlirpLab.PUBLIC_URL;
import static dev.lab.it.lab.SlirpLab.await;
import static dev.lab.it.lab.SlirpLab.seconds;
import static dev.lab.it.lab.SlirpLab.stoppedOrAgentGaveUp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.LabContext;
import dev.lab.core.facts.Facts;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.DiscoveryState;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.it.ItLogs;
import dev.lab.it.qemu.DiskSpec;
import dev.lab.it.qemu.Firmware;
import dev.lab.it.qemu.QemuVm;
import dev.lab.it.qemu.Smbios;
import dev.lab.server.LabServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery end to end: a VM Lab does not know (no server file) network-boots through Lab, gets
 * the agent in discovery mode, and reports its facts, which must match what QEMU was given (2
 * vCPUs, 2 GiB, an empty 4 GiB disk, its MAC, its SMBIOS serial, BIOS). Then {@code lab rules
 * apply} (the command line, in-process) runs and a rule matching the serial onboards it with the Debian 12
 * rootfs profile under a name from its host-name pattern; the SAME agent, still polling, takes
 * the plan and deploys without a reboot in between, the VM boots Debian from its disk and the
 * first-boot report makes the onboarding installed.
 *
 * <p>Opt-in with the rootfs end-to-end test ({@code -Dlab.it.rootfs=true}): root, the Debian image
 * and the agent built by {@link DeployArtifacts} (cached).
 *
 * <p>Logs: {@code target/it-logs/LabDiscoveryIT/} (serial console, QEMU output, timelines, timings).
 */
@EnabledIfSystemProperty(named = "lab.it.rootfs", matches = "true",
    disabledReason = "the discovery end-to-end test is opt-in with the rootfs one: -Dlab.it.rootfs=true")
class LabDiscoveryIT {
  private static final String MAC = "52:54:00:d1:5c:01";
  private static final String SERIAL = "LAB-DISCOVERY-0001";
  private static final String DISCOVERED = DiscoveredMachine.defaultName(MAC);
  private static final String NAME = "disco01";
  private static final long DISK_BYTES = 4L << 30;
  private static final Duration VM_TIME_LIMIT =
      Duration.ofSeconds(Long.getLong("lab.it.rootfs.time-limit", 2400));

  @TempDir
  Path tmp;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void anUnknownVmIsDiscoveredApprovedByARuleAndInstalledWithoutAReboot() throws Exception {
    Path logs = ItLogs.dir("LabDiscoveryIT");
    Path labDir = writeLab();
    List<String> timings = new ArrayList<>();
    DeployArtifacts.build(labDir, timings);

    try (LabContext context = LabContext.open(labDir, Path.of(System.getProperty("lab.builtinPlugins")));
        StateStore store = context.openStore()) {
      LabServer http = LabServer.start(context, store, "127.0.0.1", 0, PUBLIC_URL, Clock.systemUTC());
      try (QemuVm vm = QemuVm.builder()
          .firmware(Firmware.BIOS)
          .mac(MAC)
          .cpus(2)
          .memoryMib(2048)
          .smbios(new Smbios("Lab QEMU", "discovery-it", SERIAL))
          .disk(DiskSpec.empty(4))
          .server(http.port(), "boot.ipxe")
          .timeLimit(VM_TIME_LIMIT)
          .logDir(logs)
          .start()) {
        try {
          TimelineEvent discovered = await(store, DISCOVERED, e -> e.type().equals("discovered"), VM_TIME_LIMIT,
              stoppedOrAgentGaveUp(vm));
          DiscoveredMachine m = store.discovery().byMac(MAC).orElseThrow();
          assertThat(m.name()).isEqualTo(DISCOVERED);
          assertThat(m.state()).isEqualTo(DiscoveryState.DISCOVERED);
          assertFactsAreWhatQemuWasGiven(m.facts());

          // The agent waits, polling; `lab rules apply` (the operator's command, on the same lab
          // directory and state store as the running lab serve) approves it by the rule.
          LabCommandLine.Result apply = LabCommandLine.run("rules", "apply", "--lab", labDir.toString());
          Files.writeString(logs.resolve("lab-rules-apply.txt"), apply.out() + apply.err());
          assertThat(apply.code()).as(apply.err() + apply.out()).isZero();
          assertThat(apply.out()).startsWith("applied\n").contains("onboard        " + DISCOVERED + " -> " + NAME
              + "  rule serial-to-debian, profile debian-12-rootfs");
          assertThat(store.current(NAME)).hasValueSatisfying(o -> {
            assertThat(o.profile()).isEqualTo("debian-12-rootfs");
            assertThat(o.state()).isEqualTo(OnboardingState.APPROVED);
          });
          LabCommandLine.Result again = LabCommandLine.run("rules", "apply", "--lab", labDir.toString());
          assertThat(again.out()).as("a second apply finds nothing pending").doesNotContain("onboard  ");

          TimelineEvent agentStarted = await(store, NAME, e -> e.type().equals("agent-started"), VM_TIME_LIMIT,
              stoppedOrAgentGaveUp(vm));
          TimelineEvent deployed = await(store, NAME, e -> e.type().equals("deploy-finished"), VM_TIME_LIMIT,
              stoppedOrAgentGaveUp(vm));
          assertThat(store.timeline(NAME, 1000)).as("no network boot between the discovery and the deploy")
              .noneMatch(e -> e.kind().equals("boot") && e.at().isBefore(deployed.at()));
          await(store, NAME, e -> e.type().equals("local-boot") && e.at().isAfter(deployed.at()), VM_TIME_LIMIT,
              stoppedOrAgentGaveUp(vm));
          TimelineEvent firstBoot = await(store, NAME, e -> e.type().equals("first-boot"), VM_TIME_LIMIT,
              stoppedOrAgentGaveUp(vm));
          awaitInstalled(store, Duration.ofMinutes(5), vm);
          assertThat(store.discovery().byMac(MAC).orElseThrow().state()).isEqualTo(DiscoveryState.APPROVED);
          assertThat(store.timeline(NAME, 1000)).noneMatch(e -> e.type().equals("action-failed"))
              .anyMatch(e -> e.type().equals("rule-applied") && e.message().contains("serial-to-debian"));
          timings.add(String.format(Locale.ROOT, "from QEMU start: discovered %.1f s, agent-started %.1f s,"
              + " deploy-finished %.1f s, first-boot %.1f s", seconds(vm, discovered), seconds(vm, agentStarted),
              seconds(vm, deployed), seconds(vm, firstBoot)));
          vm.powerOff();
        } finally {
          List<String> lines = new ArrayList<>();
          Stream.of(DISCOVERED, NAME).forEach(s -> store.timeline(s, 1000).forEach(e -> lines.add(e.toString())));
          Files.write(logs.resolve("timeline.txt"), lines);
          Files.write(logs.resolve("timings.txt"), timings);
          timings.forEach(System.out::println);
        }
      } finally {
        http.stop();
      }
    }
  }

  private static void assertFactsAreWhatQemuWasGiven(Facts f) {
    assertThat(f.mac()).isEqualTo(MAC);
    assertThat(f.architecture()).isEqualTo("x86_64");
    assertThat(f.firmware()).isEqualTo("bios");
    assertThat(f.cpu().threads()).isEqualTo(2);
    // MemTotal: the 2 GiB QEMU gave, less what the firmware and the kernel keep.
    assertThat(f.memoryBytes()).isBetween(1700L << 20, 2048L << 20);
    assertThat(f.disks()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("vda");
      assertThat(d.sizeBytes()).isEqualTo(DISK_BYTES);
      assertThat(d.type()).isEqualTo("virtio");
      assertThat(d.model()).as("a virtio disk has no model: null, not an empty string").isNull();
    });
    assertThat(f.nics()).anySatisfy(n -> assertThat(n.mac()).isEqualTo(MAC));
    assertThat(f.dmi().serial()).isEqualTo(SERIAL);
    assertThat(f.dmi().vendor()).isEqualTo("Lab QEMU");
    assertThat(f.dmi().product()).isEqualTo("discovery-it");
  }

  /** The example lab at the guest's view of the host, the rootfs profile, and one rule on the VM's serial. */
  private Path writeLab() throws Exception {
    Path lab = tmp.resolve("lab");
    SlirpLab.writeExample(lab);
    assertThat(Files.readString(lab.resolve("lab.yaml"))).contains("unknownMachines: discover");
    DeployArtifacts.writeRootfsProfile(lab);
    Files.writeString(lab.resolve("rules.yaml"), String.join("\n", List.of(
        "apiVersion: lab.dev/v1",
        "kind: Rules",
        "rules:",
        "  - name: serial-to-debian",
        "    priority: 10",
        "    limit: 1",
        "    conditions:",
        "      serial: " + SERIAL,
        "      threads: \">= 2\"",
        "    action:",
        "      profile: debian-12-rootfs",
        "      labels: [discovered]",
        "      hostnamePattern: disco{n:2}",
        "")));
    return lab;
  }

  private static void awaitInstalled(StateStore store, Duration timeout, QemuVm vm) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && vm.whyStopped() == null
        && store.current(NAME).orElseThrow().state() != OnboardingState.INSTALLED) {
      Thread.sleep(1000);
    }
    assertThat(store.current(NAME).orElseThrow().state()).isEqualTo(OnboardingState.INSTALLED);
  }
}
