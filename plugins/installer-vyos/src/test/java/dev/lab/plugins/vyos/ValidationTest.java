package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Size;
import dev.lab.api.model.VolumeGroup;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One rule per test, with the exact problem a user sees. */
class ValidationTest {
  private final VyosPlugin plugin = new VyosPlugin();

  private List<String> problems(Consumer<ConfigSpec> change) {
    ConfigSpec spec = new ConfigSpec();
    change.accept(spec);
    return plugin.validate(spec.build()).stream().map(Problem::toString).toList();
  }

  @Test
  void theRichConfigurationIsValid() {
    assertThat(problems(s -> { })).isEmpty();
  }

  @Test
  void refusesACustomDiskLayout() {
    assertThat(problems(s -> s.disk = new DiskLayout(null, DiskLayoutKind.CUSTOM,
        List.of(new Partition("/", Size.remaining(), "ext4", null)), List.of()))).containsExactly(
        "profile.disk.layout: VyOS installs a system image with its own partitions: a custom layout is "
            + "not possible, leave the disk layout unset",
        "profile.disk.partitions: VyOS installs a system image with its own partitions: it cannot take "
            + "custom partitions");
  }

  @Test
  void refusesLvmVolumeGroups() {
    assertThat(problems(s -> s.disk = new DiskLayout(null, DiskLayoutKind.LVM, List.of(), List.of(
        new VolumeGroup("vg0", List.of(new LogicalVolume("root", "/", Size.remaining(), null)))))))
        .containsExactly("profile.disk.volumeGroups: VyOS installs a system image with its own partitions: "
            + "it cannot use LVM volume groups");
  }

  @Test
  void refusesATargetDisk() {
    assertThat(problems(s -> s.disk = new DiskLayout("sda", DiskLayoutKind.LVM, List.of(), List.of())))
        .containsExactly("profile.disk.device: the VyOS live boot writes no disk; the image install chooses "
            + "its disk itself: leave the device unset");
  }

  @Test
  void refusesARootPassword() {
    assertThat(problems(s -> s.rootHash = VyosFixtures.SHA512)).containsExactly("profile.rootPasswordHash: "
        + "VyOS has no root password: give a login user (VyOS users are administrators) instead");
  }

  @Test
  void refusesAYescryptHash() {
    assertThat(problems(s -> s.hash = "$y$j9T$abcdefghijklmnop$ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"))
        .containsExactly("profile.users[0].passwordHash: VyOS 1.4 takes a SHA-512 ($6$) or SHA-256 ($5$) "
            + "crypt hash ('lab hash-password' makes one)");
  }

  @Test
  void refusesMalformedSshKeys() {
    assertThat(problems(s -> s.key = "ssh-ed25519 not*base64 me")).containsExactly(
        "profile.users[0].sshKeys[0]: the key of an SSH public key must be base64");
    assertThat(problems(s -> s.key = VyosFixtures.ALICE_KEY.replace("ssh-ed25519", "ssh-rsa"))).containsExactly(
        "profile.users[0].sshKeys[0]: the key blob is not a ssh-rsa key");
    assertThat(problems(s -> s.key = "from=\"10.0.0.1\" " + VyosFixtures.ALICE_KEY)).containsExactly(
        "profile.users[0].sshKeys[0]: authorized_keys options before the key type are not supported by VyOS "
            + "public-keys");
    assertThat(problems(s -> s.key = "ssh-ed25519")).containsExactly(
        "profile.users[0].sshKeys[0]: an SSH public key must read 'TYPE BASE64 [COMMENT]'");
    assertThat(problems(s -> s.key = VyosFixtures.ALICE_KEY + "\nssh-ed25519 AAAA x")).containsExactly(
        "profile.users[0].sshKeys[0]: an SSH public key must be one line without control characters");
  }

  @Test
  void refusesUnprivilegedUsersAndGroups() {
    assertThat(problems(s -> {
      s.sudo = false;
      s.groups = List.of("wheel");
    })).containsExactly(
        "profile.users[0].groups: VyOS 1.4 has no supplementary groups for login users: remove them",
        "profile.users[0].sudo: every VyOS login user is an administrator with sudo: set sudo: true to "
            + "acknowledge it");
  }

  @Test
  void refusesSystemAccountsAndQuotesInFullNames() {
    assertThat(problems(s -> {
      s.userName = "root";
      s.fullName = "O'Brien";
    })).containsExactly("profile.users[0].name: 'root' is a system account of VyOS",
        "profile.users[0].fullName: a VyOS full name cannot contain ':', ''' or '\\'");
  }

  @Test
  void refusesRiscv64() {
    assertThat(problems(s -> s.arch = Architecture.RISCV64))
        .containsExactly("server.arch: VyOS 1.4 runs on x86_64 and aarch64, not riscv64");
  }

  @Test
  void refusesLegacyBiosOnAarch64() {
    assertThat(problems(s -> {
      s.arch = Architecture.AARCH64;
      s.firmware = Firmware.BIOS;
    })).containsExactly("server.firmware: aarch64 machines boot with UEFI: legacy BIOS exists on x86_64 only");
  }

  @Test
  void refusesAnotherVyosRelease() {
    assertThat(problems(s -> s.version = "1.5-rolling-202501010000")).containsExactly("image.version: this "
        + "plugin writes VyOS 1.4 (sagitta) configuration, for an image version like 1.4.0, not "
        + "1.5-rolling-202501010000");
  }

  @Test
  void needsTheLiveArtifacts() {
    assertThat(problems(s -> s.artifacts = new ImageArtifacts("vyos/vmlinuz", List.of(), null, null,
        "vyos/filesystem.squashfs?x=1", null, null, null, null))).containsExactly(
        "image.architectures.x86_64.initrds: the VyOS live initrd (live/initrd.img of the ISO) is needed",
        "image.architectures.x86_64.squashfs: the live initramfs fetches the root filesystem over HTTP: give "
            + "the ISO's live/filesystem.squashfs as an http(s) URL ending in .squashfs, without query or "
            + "shell pattern characters");
  }

  @Test
  void refusesUnknownVyosOptionsAndBadPorts() {
    assertThat(problems(s -> s.sshPort = "65536")).containsExactly(
        "profile.options.vyos.ssh.port: must be a port number from 1 to 65535");
  }

  @Test
  void refusesConsolesVyosCannotConfigure() {
    assertThat(problems(s -> s.serial = "ttyAMA0,115200")).containsExactly(
        "profile.serialConsole: VyOS 1.4 configures serial consoles ttyS<N> and hvc<N> only, not ttyAMA0");
    assertThat(problems(s -> s.serial = "ttyS1,14400")).containsExactly("profile.serialConsole: VyOS 1.4 "
        + "accepts console speeds 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, not 14400");
  }

  @Test
  void refusesWhatVyosCannotInstallOrSet() {
    assertThat(problems(s -> {
      s.packages = List.of("htop");
      s.locale = "de_DE.UTF-8";
      s.keyboard = "ru";
    })).containsExactly(
        "profile.locale: VyOS has no locale setting: leave the locale unset",
        "profile.keyboard: VyOS 1.4 offers the keyboard layouts us, uk, fr, de, es, fi, it, jp106, no, dk, "
            + "se-latin1, dvorak",
        "profile.packages: VyOS is an image, not a package set: it cannot install extra packages");
  }

  @Test
  void refusesKernelArgumentsTheLiveBootSets() {
    assertThat(problems(s -> s.argKey = "fetch")).containsExactly(
        "profile.kernelArgs[1].key: fetch is set by the VyOS live boot itself");
  }

  @Test
  void checksTheNetworkWhereTheUserWroteIt() {
    assertThat(problems(s -> {
      s.member = "eth9";
      s.vlanParent = "eth0";
      s.address = "192.0.2.0/24";
      s.routeTo = "10.20.0.1/16";
    })).containsExactly(
        "server.network.interfaces[0].addresses[0]: must be a host address with a prefix length, like "
            + "192.0.2.10/24 or 2001:db8::10/64",
        "server.network.interfaces[0].routes[0].to: must be a network in CIDR notation, like 10.20.0.0/16",
        "server.network.interfaces[3].members[1]: a bond member must be a configured ethernet interface",
        "server.network.interfaces[4].name: VyOS names the VLAN 20 on eth0 'eth0.20'");
  }

  @Test
  void refusesAVlanOnABondMember() {
    assertThat(problems(s -> {
      s.vlanParent = "eth1";
    })).containsExactly("server.network.interfaces[4].parent: eth1 is a bond member: put the VLAN on the bond "
        + "instead", "server.network.interfaces[4].name: VyOS names the VLAN 20 on eth1 'eth1.20'");
  }

  @Test
  void refusesSingleLetterHostNames() {
    assertThat(problems(s -> s.hostname = "r")).containsExactly(
        "server.hostname: VyOS needs a host name of 2 to 63 letters, digits and inner dashes");
  }
}
