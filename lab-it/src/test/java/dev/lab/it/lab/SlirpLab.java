package dev.lab.it.lab;

import dev.lab.core.config.ExampleLab;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.it.qemu.QemuVm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What Lab's boot tests share: the example lab directory served at the guest's view of the host
 * under restricted user-mode networking, a VM's server file, and waiting for its timeline.
 */
final class SlirpLab {
  /** Lab as the guest reaches it: slirp forwards 10.0.2.100:80 to the server on the host's loopback. */
  static final String PUBLIC_URL = "http://10.0.2.100/";
  private static final int TIMELINE = 1000;

  private SlirpLab() {}

  /** Writes the example lab into {@code lab}, with machines sent to {@link #PUBLIC_URL}. */
  static void writeExample(Path lab) throws IOException {
    ExampleLab.write(lab);
    Path labYaml = lab.resolve("lab.yaml");
    Files.writeString(labYaml, Files.readString(labYaml).replaceFirst("(?m)^(  url: ).*$", "$1" + PUBLIC_URL));
  }

  /**
   * Writes the server file of a VM. The guest reaches only Lab (10.0.2.100) and slirp's DHCP sends
   * no name server or router, so the VM is given slirp's addresses statically.
   */
  static void writeServer(Path lab, String server, String mac, String firmware, String profile) throws IOException {
    Files.writeString(lab.resolve("servers/" + server + ".yaml"), String.join("\n", List.of(
        "apiVersion: lab.dev/v1",
        "kind: Server",
        "domain: lab.example",
        "arch: x86_64",
        "firmware: " + firmware,
        "nics:",
        "  - name: eth0",
        "    mac: " + mac,
        "network:",
        "  interfaces:",
        "    - name: eth0",
        "      addresses: [10.0.2.15/24]",
        "      gateway4: 10.0.2.2",
        "  nameservers: [10.0.2.3]",
        "profile: " + profile,
        "")));
  }

  /** Waits for a timeline entry of {@code server}; fails when the VM stops first or time runs out. */
  static TimelineEvent await(StateStore store, String server, Predicate<TimelineEvent> wanted, Duration timeout,
      Supplier<String> whyStopped) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (TimelineEvent e : store.timeline(server, TIMELINE)) {
        if (wanted.test(e)) {
          return e;
        }
      }
      String stopped = whyStopped.get();
      if (stopped != null) {
        throw new AssertionError("the VM stopped before the expected timeline entry: " + stopped
            + "\ntimeline: " + store.timeline(server, TIMELINE));
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no expected timeline entry for " + server + " within " + timeout
        + "\ntimeline: " + store.timeline(server, TIMELINE));
  }

  /**
   * For {@link #await}: why waiting on is pointless — the VM stopped, or the agent on its console
   * gave up ({@code lab-agent: stopped}, it then sits on a shell and nothing more will come).
   */
  static Supplier<String> stoppedOrAgentGaveUp(QemuVm vm) {
    return () -> {
      String stopped = vm.whyStopped();
      if (stopped != null) {
        return stopped;
      }
      return vm.serial().text().contains("lab-agent: stopped")
          ? "the agent gave up.\nLast console output:\n" + vm.serial().tail(3000) : null;
    };
  }

  /** @return when the entry was recorded, in seconds from the VM's start */
  static double seconds(QemuVm vm, TimelineEvent e) {
    return (e.at().toEpochMilli() - (System.currentTimeMillis() - vm.elapsed().toMillis())) / 1000.0;
  }
}
