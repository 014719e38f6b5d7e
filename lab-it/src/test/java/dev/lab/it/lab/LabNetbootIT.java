package dev.lab.it.lab;

import static dev.lab.it.lab.SlirpLab.PUBLIC_URL;
import static dev.lab.it.lab.SlirpLab.await;
import static dev.lab.it.lab.SlirpLab.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.LabContext;
import dev.lab.core.onboard.Approval;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.it.ItLogs;
import dev.lab.it.boot.LocalBoot;
import dev.lab.it.debian.DebianInstallerImages;
import dev.lab.it.qemu.Firmware;
import dev.lab.it.qemu.QemuVm;
import dev.lab.it.qemu.Smbios;
import dev.lab.server.LabServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lab end to end with the real Debian 12 netboot installer: a lab directory (the example, plus one
 * VM per firmware), {@code lab serve} on the host's loopback, a Debian preseed onboarding approved
 * for the VM, and a QEMU VM that network-boots through Lab's iPXE chain, downloads the installer
 * kernel and initrd from Lab's artifact endpoint, fetches its {@code preseed.cfg} through the
 * onboarding's token URL and reports its first progress event — both visible in the server's
 * timeline and status. Then the install is completed through the completion call and the same VM's
 * next network boot is answered with a local boot, which leaves iPXE for the disk.
 *
 * <p>Logs: {@code target/it-logs/LabNetbootIT/<firmware>/} (serial console, QEMU output, timings).
 */
class LabNetbootIT {
  private static final Duration VM_TIME_LIMIT =
      Duration.ofSeconds(Long.getLong("lab.it.d-i.time-limit", 420));
  private static final Duration STEP = Duration.ofSeconds(150);

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Firmware.class)
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void debianInstallerFetchesItsPreseedThroughLabAndAFinishedInstallBootsLocally(Firmware firmware)
      throws Exception {
    String fw = firmware.name().toLowerCase(Locale.ROOT);
    String server = "vm-" + fw;
    String mac = firmware == Firmware.BIOS ? "52:54:00:1a:b1:01" : "52:54:00:1a:b1:02";
    Path logs = ItLogs.dir("LabNetbootIT/" + fw);
    Path lab = writeLab(server, mac, fw);

    try (LabContext context = LabContext.open(lab, Path.of(System.getProperty("lab.builtinPlugins")));
        StateStore store = context.openStore()) {
      LabServer http = LabServer.start(context, store, "127.0.0.1", 0, PUBLIC_URL, Clock.systemUTC());
      try {
        OnboardingService onboarding = context.onboarding(store, Clock.systemUTC(), PUBLIC_URL);
        Approval approval = onboarding.approve(server, null, null, false);
        assertThat(approval.render().plugin()).isEqualTo("preseed");
        UUID uuid = UUID.nameUUIDFromBytes(("lab-it-" + server).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        try (QemuVm vm = QemuVm.builder()
            .firmware(firmware)
            .mac(mac)
            .uuid(uuid)
            .smbios(new Smbios("Lab Test Systems", "Netboot VM", "LAB-" + fw.toUpperCase(Locale.ROOT)))
            .disk(LocalBoot.disk())
            .server(http.port(), "boot.ipxe")
            .timeLimit(VM_TIME_LIMIT)
            .logDir(logs)
            .start()) {
          TimelineEvent installBoot = await(store, server, e -> e.type().equals("install-boot"), STEP, vm::whyStopped);
          assertThat(installBoot.data()).contains("\"mac\":\"" + mac + "\"", "\"uuid\":\"" + uuid + "\"",
              "\"serial\":\"LAB-" + fw.toUpperCase(Locale.ROOT) + "\"");
          TimelineEvent fetched = await(store, server,
              e -> e.type().equals("file-fetched") && "preseed.cfg fetched".equals(e.message()), VM_TIME_LIMIT,
              vm::whyStopped);
          TimelineEvent started = await(store, server, e -> e.type().equals("install-started"), VM_TIME_LIMIT,
              vm::whyStopped);
          assertThat(started.at()).isAfterOrEqualTo(fetched.at());
          assertThat(onboarding.status()).anySatisfy(s -> {
            assertThat(s.server()).isEqualTo(server);
            assertThat(s.onboarding().orElseThrow().state()).isEqualTo(OnboardingState.INSTALLING);
          });
          String timings = String.format(Locale.ROOT, "%s: from QEMU start: preseed.cfg fetched %.1f s, install-started %.1f s%n",
              firmware, seconds(vm, fetched), seconds(vm, started));
          Files.writeString(logs.resolve("timings.txt"), timings);
          System.out.print(timings);

          // The installer would now install and call done; the test makes that call itself.
          String donePath = URI.create(approval.render().config().urls().done()).getPath();
          HttpResponse<String> done = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + http.port() + donePath)).POST(HttpRequest.BodyPublishers.noBody()).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(done.statusCode()).isEqualTo(200);
          assertThat(store.current(server).orElseThrow().state()).isEqualTo(OnboardingState.INSTALLED);

          int mark = vm.serial().mark();
          vm.reset();
          await(store, server, e -> e.type().equals("local-boot") && e.at().isAfter(started.at()), STEP, vm::whyStopped);
          vm.waitForSerial(LocalBoot.evidence(firmware), STEP, mark);
          assertThat(store.timeline(server, 500)).filteredOn(e -> e.type().equals("install-boot")).hasSize(1);
          vm.powerOff();
        }
      } finally {
        http.stop();
      }
    }
  }

  /** The example lab directory, served at the guest's view of the host, plus one VM with a static address. */
  private Path writeLab(String server, String mac, String firmware) throws Exception {
    Path lab = tmp.resolve("lab");
    SlirpLab.writeExample(lab);
    DebianInstallerImages installer = DebianInstallerImages.find();
    Path artifacts = Files.createDirectories(lab.resolve("artifacts/debian-12/x86_64"));
    Files.copy(installer.kernel(), artifacts.resolve("linux"));
    Files.copy(installer.initrd(), artifacts.resolve("initrd.gz"));
    SlirpLab.writeServer(lab, server, mac, firmware, "debian-db");
    return lab;
  }

}
