package dev.lab.server;

import static dev.lab.server.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.TimelineEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The boot chain's entry points and per-machine answers, and how each decision is recorded. */
class BootChainTest {
  static final String DB01_MAC = "52:54:00:30:01:01";
  static final String UNKNOWN_MAC = "52:54:00:99:99:99";

  @TempDir
  Path dir;
  private LabFixture lab;
  private Http http;

  @BeforeEach
  void start() {
    lab = LabFixture.start(dir);
    http = lab.http;
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  @Test
  void theBootstrapChainsBackWithTheMachinesFacts() {
    HttpResponse<byte[]> r = http.get("/boot.ipxe");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    assertThat(Http.text(r)).startsWith("#!ipxe")
        .contains("chain --autofree http://lab.example:8080/ipxe?mac=${mac}&uuid=${uuid}&buildarch=${buildarch}"
            + "&platform=${platform}&serial=${serial:uristring}");
  }

  @Test
  void theFixedPathGrubConfigLoadsThePerMachineOne() {
    HttpResponse<byte[]> r = http.get("/grub/grub.cfg");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).contains("(http,lab.example:8080)/grub/machine.cfg?")
        .contains("configfile \"${lab_chain}mac=${net_default_mac}&platform=${grub_platform}&arch=${grub_cpu}\"");
  }

  @Test
  void anUnknownMachineBootsFromItsDiskAndTheDecisionIsRecorded() {
    HttpResponse<byte[]> r = http.get("/ipxe?mac=" + UNKNOWN_MAC + "&platform=pcbios&buildarch=x86_64");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).contains("# Lab local boot (bios)").contains("sanboot --no-describe --drive 0x80");
    List<TimelineEvent> timeline = lab.store.timeline("mac:" + UNKNOWN_MAC, 10);
    assertThat(timeline).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("boot");
      assertThat(e.type()).isEqualTo("local-boot");
      assertThat(e.message()).contains("unknown machine");
    });
  }

  @Test
  void aKnownMachineWithoutAnApprovalBootsFromItsDisk() {
    HttpResponse<byte[]> r = http.get("/ipxe?mac=" + DB01_MAC + "&platform=efi&buildarch=x86_64");
    assertThat(Http.text(r)).contains("# Lab local boot (uefi)");
    assertThat(lab.store.timeline("db01", 10)).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("no onboarding approved for db01"));
  }

  @Test
  void anApprovedMachineGetsItsInstallBootAndIsBooting() {
    lab.approve("db01");
    HttpResponse<byte[]> r = http.get("/ipxe?mac=" + DB01_MAC + "&uuid=0c1d2e3f-0000-4000-8000-000000000001"
        + "&buildarch=x86_64&platform=efi&serial=SN+1%2F2&manufacturer=QEMU&product=Standard%20PC");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).contains("# Lab install boot (Linux, uefi)")
        .contains("kernel --name linux http://lab.example:8080/artifacts/debian-12/x86_64/linux");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.BOOTING);
    TimelineEvent boot = lab.store.timeline("db01", 10).stream().filter(e -> e.kind().equals("boot"))
        .findFirst().orElseThrow();
    assertThat(boot.type()).isEqualTo("install-boot");
    assertThat(boot.data()).contains("\"serial\":\"SN+1/2\"").contains("\"product\":\"Standard PC\"")
        .contains("\"loader\":\"ipxe\"");
  }

  @Test
  void aMachineBootingAgainBeforeItsInstallerReportsGetsTheSameInstallAndOneStateChange() {
    lab.approve("db01");
    for (int boot = 0; boot < 3; boot++) {
      assertThat(Http.text(http.get("/ipxe?mac=" + DB01_MAC + "&platform=efi&buildarch=x86_64")))
          .contains("# Lab install boot (Linux, uefi)");
    }
    List<TimelineEvent> timeline = lab.store.timeline("db01", 20);
    assertThat(timeline).filteredOn(e -> e.kind().equals("boot")).hasSize(3)
        .allSatisfy(e -> assertThat(e.type()).isEqualTo("install-boot"));
    assertThat(timeline).filteredOn(e -> e.kind().equals("state")).extracting(TimelineEvent::type)
        .containsExactly("approved", "booting");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.BOOTING);
  }

  @Test
  void macAddressesAreReadWithHyphensAndInUpperCase() {
    lab.approve("db01");
    HttpResponse<byte[]> r = http.get("/ipxe?mac=52-54-00-30-01-01&platform=pcbios");
    assertThat(Http.text(r)).contains("# Lab install boot (Linux, bios)");
  }

  @Test
  void grubGetsTheSameDecisionInItsLanguage() {
    lab.approve("db01");
    HttpResponse<byte[]> r = http.get("/grub/machine.cfg?mac=" + DB01_MAC + "&platform=efi&arch=x86_64");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).contains("# Lab install boot (Linux, uefi)").contains("menuentry 'Lab install'")
        .contains("(http,lab.example:8080)/artifacts/debian-12/x86_64/linux");
  }

  @Test
  void grubLocalBootChainloadsTheDiskOnBios() {
    HttpResponse<byte[]> r = http.get("/grub/machine.cfg?mac=" + DB01_MAC + "&platform=pc&arch=i386");
    assertThat(Http.text(r)).contains("# Lab local boot (bios)").contains("chainloader +1");
  }

  @Test
  void pxelinuxGetsTheSameDecisionAtItsPerMacPath() {
    lab.approve("db01");
    HttpResponse<byte[]> r = http.get("/pxelinux.cfg/01-52-54-00-30-01-01");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Http.text(r)).contains("# Lab install boot (Linux, bios)").contains("LABEL lab")
        .contains("http://lab.example:8080/artifacts/debian-12/x86_64/linux");
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "0c1d2e3f-0000-4000-8000-000000000001", "C0A80A", "52-54-00-30-01-01"})
  void pxelinuxNamesOtherThanThePerMacOneAreNotFound(String name) {
    assertProblem(http.get("/pxelinux.cfg/" + name), 404, "not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ipxe?mac=52:54:00:30:01", "/ipxe?mac=zz:54:00:30:01:01", "/ipxe?mac=52:54:00-30:01:01",
      "/ipxe?mac=52%3A54%3A00%3A30%3A01%3A01%0A", "/ipxe?platform=efi", "/ipxe?mac=",
      "/grub/machine.cfg?mac=not-a-mac", "/grub/machine.cfg", "/pxelinux.cfg/01-52-54-00-30-01",
      "/pxelinux.cfg/01-52:54:00:30:01:01:ff"})
  void aMalformedOrMissingMacIsABadRequest(String path) {
    HttpResponse<byte[]> r = http.get(path);
    assertProblem(r, 400, "malformed-mac");
    assertThat(lab.store.timeline("db01", 10)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"platform=bios", "buildarch=x86%2064", "serial=%E9", "product=a%0Ab"})
  void malformedFactsAreABadRequest(String fact) {
    assertProblem(http.get("/ipxe?mac=" + DB01_MAC + "&" + fact), 400, "malformed-facts");
  }

  @Test
  void aMachineBootingAsAnotherArchitectureIsNotInstalled() {
    lab.approve("db01");
    HttpResponse<byte[]> r = http.get("/ipxe?mac=" + DB01_MAC + "&platform=efi&buildarch=arm64");
    assertThat(Http.text(r)).contains("# Lab local boot");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
  }

  @Test
  void bootDecisionsAreCountedByLoaderAndKind() {
    lab.approve("db01");
    http.get("/ipxe?mac=" + DB01_MAC + "&platform=efi");
    http.get("/ipxe?mac=" + UNKNOWN_MAC + "&platform=efi");
    http.get("/pxelinux.cfg/01-52-54-00-99-99-99");
    assertThat(Http.text(http.get("/metrics")))
        .contains("lab_boot_decisions_total{kind=\"install\",loader=\"ipxe\"} 1.0")
        .contains("lab_boot_decisions_total{kind=\"local\",loader=\"ipxe\"} 1.0")
        .contains("lab_boot_decisions_total{kind=\"local\",loader=\"pxelinux\"} 1.0")
        .contains("lab_onboardings{state=\"booting\"} 1");
  }
}
