package dev.lab.core.dhcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lab.core.dhcp.DnsmasqConfig.Mode;
import dev.lab.core.dhcp.DnsmasqConfig.Settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DnsmasqConfigTest {
  private static Settings settings(Mode mode) {
    return new Settings(mode, "http://lab.example:8080/", "192.0.2.0", mode == Mode.FULL ? "192.0.2.200" : null,
        "255.255.255.0", "eth1", "/srv/tftp");
  }

  @Test
  void proxyModeAddsBootInformationOnly() {
    String c = DnsmasqConfig.render(settings(Mode.PROXY));
    assertThat(c).contains("dhcp-range=192.0.2.0,proxy,255.255.255.0\n")
        .contains("dhcp-boot=tag:ipxe,http://lab.example:8080/boot.ipxe\n")
        .contains("pxe-service=tag:!ipxe,x86PC,\"Lab (BIOS)\",undionly.kpxe\n")
        .contains("pxe-service=tag:!ipxe,X86-64_EFI,\"Lab (UEFI)\",snponly.efi\n")
        .contains("port=0\n");
  }

  @Test
  void fullModeLeasesTheRangeAndPicksTheBinaryByArchitecture() {
    String c = DnsmasqConfig.render(settings(Mode.FULL));
    assertThat(c).contains("dhcp-range=192.0.2.0,192.0.2.200,255.255.255.0,12h\n")
        .contains("dhcp-boot=tag:bios,tag:!ipxe,undionly.kpxe\n")
        .contains("dhcp-boot=tag:efi-arm64,tag:!ipxe,ipxe-arm64.efi\n")
        .doesNotContain("pxe-service");
  }

  @Test
  void badSettingsAreRefusedWithEveryProblem() {
    Settings bad = new Settings(Mode.FULL, "ftp://x", "192.0.2.300", null, "255.255.255.0", "eth1\nreboot", "relative");
    assertThat(DnsmasqConfig.problems(bad)).containsExactly(
        "Lab URL 'ftp://x' must be an http:// URL with a host (iPXE and UEFI HTTP boot fetch it)",
        "network address '192.0.2.300' is not an IPv4 address",
        "full mode needs the end of the address range",
        "interface name 'eth1\nreboot' is not a network interface name",
        "TFTP root 'relative' must be an absolute path of letters, digits, '.', '_', '+', '-' and '/'");
    assertThatThrownBy(() -> DnsmasqConfig.render(bad)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void dnsmasqItselfAcceptsTheConfiguration(Mode mode, @TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/dnsmasq")), "dnsmasq is not installed (apt-get install dnsmasq-base)");
    Path conf = dir.resolve("lab.conf");
    Files.writeString(conf, DnsmasqConfig.render(settings(mode)), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("/usr/sbin/dnsmasq", "--test", "--conf-file=" + conf)
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("syntax check OK");
  }

}
