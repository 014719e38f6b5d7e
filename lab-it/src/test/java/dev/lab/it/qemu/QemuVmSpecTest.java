package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QemuVmSpecTest {

  private static final HostFiles HOST = new HostFiles(Path.of("/opt/qemu/bin/qemu-system-x86_64"),
      Path.of("/opt/bin/nc"), Path.of("/opt/qemu/bin/qemu-img"), Path.of("/opt/ovmf/CODE.fd"),
      Path.of("/opt/ovmf/VARS.fd"));
  private static final UUID ID = UUID.fromString("2f1e0c6a-8d3b-4a6e-9f0e-1b2c3d4e5f60");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Firmware.class)
  void runsUnderTcgWithTwoCpusAndOneGibNeverKvm(Firmware firmware) {
    List<String> args = builder().firmware(firmware).build().commandLine(HOST, dir);

    assertThat(args.get(0)).isEqualTo("/opt/qemu/bin/qemu-system-x86_64");
    assertThat(args).containsSequence("-accel", "tcg,thread=multi")
        .containsSequence("-cpu", "max")
        .containsSequence("-smp", "2")
        .containsSequence("-m", "1024")
        .contains("-nodefaults");
    assertThat(String.join(" ", args)).doesNotContainIgnoringCase("kvm").doesNotContain("-cpu host");
  }

  @Test
  void givesTheVmItsIdentity() {
    List<String> args = builder().uuid(ID).mac("52:54:00:AB:CD:EF")
        .smbios(new Smbios("Lab Test Systems", "Netboot VM", "SN-0042")).build().commandLine(HOST, dir);

    assertThat(args).containsSequence("-uuid", "2f1e0c6a-8d3b-4a6e-9f0e-1b2c3d4e5f60")
        .containsSequence("-smbios", "type=1,manufacturer=Lab Test Systems,product=Netboot VM,serial=SN-0042")
        .containsSequence("-device", "virtio-net-pci,netdev=net0,mac=52:54:00:ab:cd:ef,bootindex=1");
  }

  @Test
  void reachesOnlyTheTestServerThroughRestrictedUserNetworking() {
    List<String> args = builder().server(40123, "/boot.ipxe").build().commandLine(HOST, dir);

    assertThat(args).containsSequence("-netdev", "user,id=net0,restrict=on,guestfwd=tcp:10.0.2.100:80-cmd:"
        + "/bin/sh -c 'echo $$ >>" + dir.resolve("guestfwd.pids") + "; exec /opt/bin/nc 127.0.0.1 40123'"
        + ",bootfile=http://10.0.2.100/boot.ipxe");
  }

  @Test
  void handsOutAHostNameByDhcpOnlyWhenGiven() {
    assertThat(builder().dhcpHostname("lab-test-1").build().commandLine(HOST, dir))
        .anyMatch(arg -> arg.startsWith("user,") && arg.endsWith(",bootfile=http://10.0.2.100/boot.ipxe,hostname=lab-test-1"));
    assertThat(builder().build().commandLine(HOST, dir)).noneMatch(arg -> arg.contains("hostname="));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-lab", "lab-", "lab.example", "lab,restrict=off",
      "x123456789x123456789x123456789x123456789x123456789x123456789xyzw"})
  void refusesHostNamesDhcpCannotCarry(String hostname) {
    assertThatThrownBy(() -> QemuVm.builder().dhcpHostname(hostname))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a DHCP host name is 1 to 63 letters, digits and inner hyphens");
  }

  @Test
  void biosPrintsFirmwareOutputOnTheSerialConsole() throws Exception {
    QemuVmSpec spec = builder().firmware(Firmware.BIOS).build();
    List<String> args = spec.commandLine(HOST, dir);
    spec.prepare(HOST, dir);

    assertThat(args).containsSequence("-fw_cfg", "name=etc/sercon-port,file=" + dir.resolve("sercon-port.bin"))
        .containsSequence("-serial", "chardev:serial0")
        .containsSequence("-chardev", "file,id=serial0,path=" + dir.resolve("logs/serial.log"))
        .noneMatch(arg -> arg.contains("pflash"));
    assertThat(Files.readAllBytes(dir.resolve("sercon-port.bin"))).containsExactly(0xf8, 0x03);
  }

  @Test
  void uefiMapsOvmfCodeReadOnlyAndGivesTheVmItsOwnVariables() throws Exception {
    Path vars = Files.write(dir.resolve("template-vars.fd"), new byte[] {1, 2, 3});
    HostFiles host = new HostFiles(HOST.qemu(), HOST.netcat(), null, HOST.ovmfCode(), vars);
    Path work = Files.createDirectory(dir.resolve("work"));
    QemuVmSpec spec = builder().firmware(Firmware.UEFI).build();

    List<String> args = spec.commandLine(host, work);
    spec.prepare(host, work);

    assertThat(args)
        .containsSequence("-drive", "if=pflash,format=raw,unit=0,readonly=on,file=/opt/ovmf/CODE.fd")
        .containsSequence("-drive", "if=pflash,format=raw,unit=1,file=" + work.resolve("OVMF_VARS.fd"))
        .containsSequence("-fw_cfg", "name=opt/org.tianocore/IPv4PXESupport,string=n")
        .containsSequence("-fw_cfg", "name=opt/org.tianocore/IPv6PXESupport,string=n")
        .containsSequence("-fw_cfg", "name=opt/org.tianocore/IPv6Support,string=n")
        .noneMatch(arg -> arg.contains("sercon"));
    assertThat(work.resolve("OVMF_VARS.fd")).hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void addsADiskAfterTheNicInTheBootOrder() {
    List<String> args = builder().disk(DiskSpec.empty(4)).build().commandLine(HOST, dir);

    assertThat(args).containsSequence("-drive", "if=none,id=disk0,format=qcow2,file=" + dir.resolve("disk.qcow2"),
        "-device", "virtio-blk-pci,drive=disk0,bootindex=2");
  }

  @Test
  void hasNoDiskUnlessAsked() {
    assertThat(builder().build().commandLine(HOST, dir)).noneMatch(arg -> arg.contains("disk0"));
  }

  @Test
  void addsNoRebootOnlyWhenAsked() {
    assertThat(builder().build().commandLine(HOST, dir)).doesNotContain("-no-reboot");
    assertThat(builder().noReboot(true).build().commandLine(HOST, dir)).contains("-no-reboot");
  }

  @Test
  void controlsTheVmThroughAQmpSocketInItsWorkFolder() {
    assertThat(builder().build().commandLine(HOST, dir))
        .containsSequence("-qmp", "unix:" + dir.resolve("qmp.sock") + ",server=on,wait=off");
  }

  @Test
  void defaultsToBiosAndATimeLimit() {
    QemuVmSpec spec = builder().build();

    assertThat(spec.firmware()).isEqualTo(Firmware.BIOS);
    assertThat(spec.timeLimit()).isEqualTo(Duration.ofSeconds(240));
    assertThat(spec.smbios().serial()).startsWith("LAB-");
    assertThat(spec.bootfileUrl()).isEqualTo("http://10.0.2.100/boot.ipxe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"52:54:00:12:34", "52-54-00-12-34-56", "52:54:00:12:34:5g", "52:54:00:12:34:56:78"})
  void refusesMalformedMacs(String mac) {
    assertThatThrownBy(() -> QemuVm.builder().mac(mac))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a MAC address is six hex pairs with colons: '" + mac + "'");
  }

  @Test
  void refusesAMulticastMac() {
    assertThatThrownBy(() -> QemuVm.builder().mac("01:00:5e:00:00:01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a NIC needs a unicast MAC address (even first byte): 01:00:5e:00:00:01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"boot.ipxe,tftp=/", "boot ipxe", "boot.ipxe\nx", "a\"b"})
  void refusesBootFilePathsThatWouldEscapeTheNetdevOption(String path) {
    assertThatThrownBy(() -> QemuVm.builder().server(8080, path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a boot file path may hold letters, digits and ._~/?=&%:;@+- only");
  }

  @Test
  void refusesABootFileUrlLongerThanDhcpCarries() {
    assertThatThrownBy(() -> QemuVm.builder().server(8080, "x".repeat(110)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the boot file URL must be shorter than 128 characters (DHCP's file field)");
  }

  @Test
  void needsAServerAndALogFolder() {
    assertThatThrownBy(() -> QemuVm.builder().logDir(dir).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a test VM needs server(port, bootfilePath)");
    assertThatThrownBy(() -> QemuVm.builder().server(8080, "boot.ipxe").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a test VM needs logDir(path)");
  }

  @Test
  void boundsTheTimeLimit() {
    assertThatThrownBy(() -> QemuVm.builder().timeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a VM's time limit is between 1 s and 1 h, not PT0S");
  }

  private QemuVmSpec.Builder builder() {
    return QemuVm.builder().server(8080, "boot.ipxe").logDir(dir.resolve("logs"));
  }
}
