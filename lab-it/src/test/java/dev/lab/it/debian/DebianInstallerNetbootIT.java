package dev.lab.it.debian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.it.ItLogs;
import dev.lab.it.boot.IpxeScripts;
import dev.lab.it.boot.LocalBoot;
import dev.lab.it.http.RecordedRequest;
import dev.lab.it.http.Response;
import dev.lab.it.http.TestHttpServer;
import dev.lab.it.qemu.Firmware;
import dev.lab.it.qemu.QemuVm;
import dev.lab.it.qemu.Smbios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real Debian 12 netboot installer, network-booted in QEMU under BIOS and under UEFI through
 * a Lab-shaped chain: DHCP boot file → bootstrap that chains back with the machine's facts →
 * per-machine script → the installer's kernel and initrd from the test server → the installer
 * fetches {@code preseed.cfg} and its {@code preseed/early_command} posts a JSON progress event.
 * Then the machine is reset, and its second network boot is served a local boot, which must leave
 * iPXE for the local disk.
 *
 * <p>Logs: {@code target/it-logs/DebianInstallerNetbootIT/<firmware>/}; the wall times from QEMU
 * start go to {@code timings.txt} there and to the build output.
 */
class DebianInstallerNetbootIT {

  /** Kernel arguments for an unattended start of the installer on restricted slirp networking. */
  static final List<String> INSTALLER_ARGS = List.of(
      "auto=true",
      "priority=critical",
      "url=http://10.0.2.100/preseed.cfg",
      "interface=auto",
      // Restricted slirp's DHCP sends no DNS server and no router: without these the installer
      // stops to ask for a name server (and could ask whether to go on without a default route).
      // The name server does not answer (restricted), so the VM also gets its host name by DHCP:
      // without one the installer spends 30 s on reverse lookups of its addresses.
      "netcfg/get_nameservers=10.0.2.3",
      "netcfg/no_default_route=true",
      "console=ttyS0,115200n8");

  /** The title the installer's dialogs have when it stops to ask a question at critical priority. */
  private static final Pattern INSTALLER_QUESTION = Pattern.compile("\\[!!\\] [^\\n]{0,60}");
  private static final Duration VM_TIME_LIMIT =
      Duration.ofSeconds(Long.getLong("lab.it.d-i.time-limit", 300));
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Firmware.class)
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void installerFetchesPreseedAndReportsThenSecondBootLeavesIpxe(Firmware firmware) throws Exception {
    String name = firmware.name().toLowerCase(Locale.ROOT);
    Path logs = ItLogs.dir("DebianInstallerNetbootIT/" + name);
    DebianInstallerImages installer = DebianInstallerImages.find();
    UUID uuid = UUID.nameUUIDFromBytes(("lab-it-d-i-" + name).getBytes(StandardCharsets.UTF_8));
    String mac = firmware == Firmware.BIOS ? "52:54:00:1a:b0:01" : "52:54:00:1a:b0:02";
    Smbios smbios = new Smbios("Lab Test Systems", "Netboot VM", "LAB-DI-" + name.toUpperCase(Locale.ROOT));

    try (TestHttpServer server = TestHttpServer.start(logs.resolve("requests.log"))) {
      AtomicInteger machineScripts = new AtomicInteger();
      server.route("/boot.ipxe", request -> request.fromIpxe()
          ? Response.text(IpxeScripts.bootstrap("http://10.0.2.100/ipxe"))
          : Response.status(404));
      server.route("/ipxe", request -> machineScripts.incrementAndGet() == 1
          ? Response.text(IpxeScripts.linux(firmware, "http://10.0.2.100/d-i/linux",
              "http://10.0.2.100/d-i/initrd.gz", INSTALLER_ARGS))
          : Response.text(IpxeScripts.localBoot(firmware)));
      server.route("/d-i/linux", Response.file(installer.kernel()));
      server.route("/d-i/initrd.gz", Response.file(installer.initrd()));
      server.route("/preseed.cfg", Response.text(preseed()));
      server.route("/events", request -> Response.status(request.method().equals("POST") ? 204 : 405));

      try (QemuVm vm = QemuVm.builder()
          .firmware(firmware)
          .mac(mac)
          .uuid(uuid)
          .smbios(smbios)
          .dhcpHostname("lab-test-" + name)
          .disk(LocalBoot.disk())
          .server(server.port(), "boot.ipxe")
          .timeLimit(VM_TIME_LIMIT)
          .logDir(logs)
          .start()) {

        RecordedRequest machineScript = server.awaitRequest("the per-machine iPXE script",
            request -> request.path().equals("/ipxe"), STEP_TIMEOUT, vm::whyStopped);
        assertThat(machineScript.query()).containsAllEntriesOf(Map.of(
            "mac", mac,
            "uuid", uuid.toString(),
            "platform", firmware.ipxePlatform(),
            "buildarch", firmware == Firmware.BIOS ? "i386" : "x86_64",
            "serial", smbios.serial(),
            "manufacturer", smbios.manufacturer(),
            "product", smbios.product()));

        RecordedRequest preseed = server.awaitRequest("the installer's preseed.cfg",
            request -> request.path().equals("/preseed.cfg"), VM_TIME_LIMIT, () -> whyInstallerStopped(vm));
        assertThat(preseed.method()).isEqualTo("GET");
        assertThat(server.find(request -> request.path().equals("/d-i/initrd.gz"))).isPresent();

        RecordedRequest event = server.awaitRequest("the early_command's progress event",
            request -> request.path().equals("/events"), STEP_TIMEOUT, () -> whyInstallerStopped(vm));
        assertThat(event.method()).isEqualTo("POST");
        assertThat(event.header("content-type")).hasValue("application/json");
        JsonNode body = JSON.readTree(event.body());
        assertThat(body.path("event").asText()).isEqualTo("early_command");
        assertThat(event.receivedNanos()).isGreaterThan(preseed.receivedNanos());
        long eventNanos = event.receivedNanos();

        int beforeReset = vm.serial().mark();
        vm.reset();
        long resetNanos = System.nanoTime();
        RecordedRequest secondBoot = server.awaitRequest("the second boot's per-machine script",
            request -> request.path().equals("/ipxe") && request.receivedNanos() > eventNanos,
            STEP_TIMEOUT, vm::whyStopped);
        assertThat(secondBoot.query()).containsEntry("mac", mac).containsEntry("uuid", uuid.toString());
        vm.waitForSerial(LocalBoot.evidence(firmware), STEP_TIMEOUT, beforeReset);
        long leftIpxeNanos = System.nanoTime();
        assertThat(server.requests()).filteredOn(request -> request.path().equals("/boot.ipxe"))
            .as("only firmware asks for the DHCP boot file (the installer could read it as a preseed)")
            .allMatch(request -> request.fromIpxe() || request.userAgent().startsWith("UefiHttpBoot/"));
        assertThat(server.find(request -> request.path().equals("/d-i/linux")
            && request.receivedNanos() > eventNanos)).as("no second installer download").isEmpty();

        String timings = String.format(Locale.ROOT,
            "%s: from QEMU start: bootstrap %.1f s, per-machine script %.1f s, initrd %.1f s, preseed.cfg %.1f s,"
                + " event %.1f s; after reset: second script %.1f s, left iPXE %.1f s%n",
            firmware,
            seconds(server.find(request -> request.path().equals("/boot.ipxe")).orElseThrow().since(vm.startNanos())),
            seconds(machineScript.since(vm.startNanos())),
            seconds(server.find(request -> request.path().equals("/d-i/initrd.gz")).orElseThrow()
                .since(vm.startNanos())),
            seconds(preseed.since(vm.startNanos())),
            seconds(event.since(vm.startNanos())),
            (secondBoot.receivedNanos() - resetNanos) / 1e9,
            (leftIpxeNanos - resetNanos) / 1e9);
        Files.writeString(logs.resolve("timings.txt"), timings, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        System.out.print(timings);
        vm.powerOff();
        assertThat(vm.isAlive()).isFalse();
      }
    }
  }

  /** Null while the installer runs unattended; else why it stopped, with its console. */
  private static String whyInstallerStopped(QemuVm vm) {
    Matcher question = INSTALLER_QUESTION.matcher(vm.serial().text());
    if (question.find()) {
      return "the installer stopped to ask a question: " + question.group().strip()
          + "\nLast console output:\n" + vm.serial().tail(3000);
    }
    return vm.whyStopped();
  }

  private static String preseed() throws IOException {
    try (InputStream in = DebianInstallerNetbootIT.class.getResourceAsStream("/debian/preseed.cfg")) {
      if (in == null) {
        throw new IOException("the test resource /debian/preseed.cfg is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
