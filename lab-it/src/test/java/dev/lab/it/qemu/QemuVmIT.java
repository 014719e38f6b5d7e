package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.it.ItLogs;
import dev.lab.it.http.Response;
import dev.lab.it.http.TestHttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The harness's own guarantees, with a real QEMU: time limits, and nothing left running. */
class QemuVmIT {

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void theTimeLimitKillsTheVmAndEndsAWaitAtOnce() throws Exception {
    Path logs = ItLogs.dir("QemuVmIT/time-limit");
    try (TestHttpServer server = TestHttpServer.start(logs.resolve("requests.log"));
        QemuVm vm = QemuVm.builder().server(server.port(), "boot.ipxe").timeLimit(Duration.ofSeconds(15))
            .logDir(logs).start()) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> vm.waitForSerial("a line no firmware prints", Duration.ofMinutes(10)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("QEMU was killed at its time limit of 15 s");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      assertThat(vm.isAlive()).isFalse();
      assertThat(vm.whyStopped()).contains("time limit");
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void closeKillsQemuAndTheConnectionsItStarted() throws Exception {
    Path logs = ItLogs.dir("QemuVmIT/close");
    List<ProcessHandle> started;
    CountDownLatch requested = new CountDownLatch(1);
    try (TestHttpServer server = TestHttpServer.start(logs.resolve("requests.log"))) {
      server.route("/boot.ipxe", request -> {
        requested.countDown();
        try {
          Thread.sleep(60_000); // keeps iPXE's connection, and so QEMU's nc, open
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Response.status(503);
      });
      QemuVm vm = QemuVm.builder().server(server.port(), "boot.ipxe").logDir(logs).start();
      try (vm) {
        vm.waitForSerial("iPXE initialising devices", Duration.ofSeconds(60));
        assertThat(requested.await(60, TimeUnit.SECONDS)).as("iPXE asked for the boot file").isTrue();
        started = new ArrayList<>(vm.forwardProcesses());
        assertThat(started).as("the nc QEMU runs for iPXE's open connection").isNotEmpty();
        started.add(ProcessHandle.of(vm.pid()).orElseThrow());
      }
    }

    assertThat(started).noneMatch(ProcessHandle::isAlive);
  }
}
