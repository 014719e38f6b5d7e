package dev.lab.core.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactsProbeTest {
  private static final String OUTPUT = """
      @@lab:arch
      aarch64
      @@lab:cpuinfo
      processor\t: 0
      BogoMIPS\t: 48.00
      CPU part\t: 0x022
      processor\t: 1
      CPU part\t: 0x022
      @@lab:meminfo
      MemTotal:       16252928 kB
      MemFree:         1000000 kB
      @@lab:lsblk
      {"blockdevices": [
        {"name":"nvme0n1", "path":"/dev/nvme0n1", "size":1000204886016, "rota":false, "type":"disk", "model":"APPLE SSD AP1024Z", "serial":"0ba0123", "tran":"nvme"},
        {"name":"sda", "path":"/dev/sda", "size":"4000787030016", "rota":"1", "type":"disk", "model":null, "serial":null, "tran":"usb"},
        {"name":"zram0", "path":"/dev/zram0", "size":8589934592, "rota":false, "type":"disk", "model":null, "serial":null, "tran":null},
        {"name":"sr0", "path":"/dev/sr0", "size":1073741312, "rota":true, "type":"rom", "model":"DVD", "serial":"x", "tran":"sata"}
      ]}
      @@lab:byid
      /dev/disk/by-id/nvme-APPLE_SSD_AP1024Z_0ba0123 /dev/nvme0n1
      /dev/disk/by-id/nvme-APPLE_SSD_AP1024Z_0ba0123-part1 /dev/nvme0n1p1
      /dev/disk/by-id/wwn-0x5000 /dev/sda
      @@lab:nics
      end0|DE:AD:BE:EF:00:01|apple-mac|1000|1
      wlan0|de:ad:be:ef:00:02|brcmfmac||0
      docker0|02:42:ac:11:00:01|||0
      tun0||||1
      @@lab:firmware
      uefi
      @@lab:dmi
      sys_vendor=Apple Inc.
      product_name=Mac mini (M2, 2023)
      product_serial=
      product_uuid=
      @@lab:bmc
      Set in Progress         : Set Complete
      IP Address Source       : Static Address
      IP Address              : 10.0.0.5
      @@lab:uid
      1000
      @@lab:sudo
      yes
      @@lab:os-release
      PRETTY_NAME="Fedora Linux Asahi Remix 40 (Forty)"
      ID=fedora-asahi-remix
      ID_LIKE="fedora"
      VERSION_ID=40
      """;

  @Test
  void parsesEverySectionIntoTheDiscoveryShape() {
    FactsProbe.Found found = FactsProbe.parse(OUTPUT);
    HostFacts f = found.facts();
    assertThat(f.architecture()).isEqualTo("aarch64");
    assertThat(f.firmware()).isEqualTo("uefi");
    assertThat(f.mac()).isEqualTo("de:ad:be:ef:00:01");
    assertThat(f.cpu()).isEqualTo(new HostFacts.Cpu(null, 1, 2, 2));
    assertThat(f.memoryBytes()).isEqualTo(16252928L * 1024);
    assertThat(f.disks()).containsExactly(
        new HostFacts.Disk("nvme0n1", "/dev/nvme0n1", "/dev/disk/by-id/nvme-APPLE_SSD_AP1024Z_0ba0123",
            1000204886016L, "nvme", "APPLE SSD AP1024Z", "0ba0123"),
        new HostFacts.Disk("sda", "/dev/sda", null, 4000787030016L, "hdd", null, null),
        new HostFacts.Disk("zram0", "/dev/zram0", null, 8589934592L, "ssd", null, null));
    assertThat(f.nics()).containsExactly(
        new HostFacts.NicFacts("end0", "de:ad:be:ef:00:01", "apple-mac", 1000, true),
        new HostFacts.NicFacts("wlan0", "de:ad:be:ef:00:02", "brcmfmac", null, false),
        new HostFacts.NicFacts("docker0", "02:42:ac:11:00:01", null, null, false));
    assertThat(f.dmi()).isEqualTo(new HostFacts.Dmi("Apple Inc.", "Mac mini (M2, 2023)", null, null));
    assertThat(f.bmc()).isEqualTo(new HostFacts.Bmc("10.0.0.5"));
    assertThat(found.root()).isFalse();
    assertThat(found.sudo()).isTrue();
    assertThat(found.os().families()).containsExactly("fedora-asahi-remix", "fedora");
    assertThat(found.os().versionId()).isEqualTo("40");
    assertThat(found.os().prettyName()).isEqualTo("Fedora Linux Asahi Remix 40 (Forty)");
  }

  @Test
  void countsSocketsAndCoresOfX86() {
    String cpuinfo = String.join("\n", List.of(
        "processor : 0", "model name : Xeon", "physical id : 0", "core id : 0",
        "processor : 1", "model name : Xeon", "physical id : 0", "core id : 0",
        "processor : 2", "model name : Xeon", "physical id : 1", "core id : 0",
        "processor : 3", "model name : Xeon", "physical id : 1", "core id : 1"));
    assertThat(FactsProbe.cpu(cpuinfo)).isEqualTo(new HostFacts.Cpu("Xeon", 2, 3, 4));
  }

  @Test
  void refusesOutputThatIsNotALinuxSystemAnswering() {
    assertThatThrownBy(() -> FactsProbe.parse("Welcome to the router CLI\n"))
        .isInstanceOf(SshFailure.class).hasMessageContaining("did not answer the facts probe as a Linux system");
  }

  @Test
  void osReleaseUnquotesAndNeedsAnId() {
    OsRelease os = OsRelease.parse("# comment\nNAME='Ubuntu'\nID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"24.04\"\n");
    assertThat(os.families()).containsExactly("ubuntu", "debian");
    assertThat(os.versionId()).isEqualTo("24.04");
    assertThatThrownBy(() -> OsRelease.parse("NAME=nothing\n")).isInstanceOf(SshFailure.class)
        .hasMessageContaining("has no ID");
  }
}
