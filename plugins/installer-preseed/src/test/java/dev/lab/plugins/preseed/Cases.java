package dev.lab.plugins.preseed;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.core.install.EnrollmentSettings;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.testkit.Fixtures;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The golden matrix: named, valid install configurations covering what the plugin renders. */
final class Cases {
  static final String HASH = "$6$rounds=4096$labsalt$" + "a".repeat(40) + "B".repeat(40) + "./0123";
  static final String YESCRYPT = "$y$j9T$labsaltlabsalt$Zq8bLoeu5mfHFqW0mEYt3wqIkRWYUfW5bYo1sVq2Ve7";
  static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtL8cQ2t8nZk5yX8b3m4e4Yw0lQ1p2xR9sT7uV6wXyZ ops@lab";
  static final String KEY2 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 backup key";

  private Cases() {}

  /** @return every case by name, in a stable order */
  static Map<String, InstallConfig> all() {
    Map<String, InstallConfig> cases = new LinkedHashMap<>();
    cases.put("dhcp-lvm-x86_64-uefi", dhcpLvm());
    cases.put("static-regular-x86_64-bios", staticRegular());
    cases.put("vlan-bond-x86_64-uefi", vlanBond());
    cases.put("custom-lvm-aarch64-uefi", customLvmAarch64());
    cases.put("custom-partitions-x86_64-bios", customPartitions());
    cases.put("several-users-x86_64-uefi", severalUsers());
    cases.put("enrollment-off-aarch64-uefi", enrollmentOff());
    cases.put("site-openvox-repository-x86_64-uefi", siteRepository());
    return cases;
  }

  static Image image(Architecture... arches) {
    Map<Architecture, ImageArtifacts> map = new EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      String p = "debian-12/" + a.id() + "/";
      map.put(a, new ImageArtifacts(p + "linux", List.of(p + "initrd.gz"), "http://deb.debian.org/debian",
          null, null, null, null, null, null));
    }
    return new Image("debian-12", "debian", "12", null, map, null);
  }

  static Server server(String name, Architecture arch, Firmware firmware, Network network, String... macs) {
    List<Nic> nics = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(1, macs.length); i++) {
      nics.add(new Nic("eth" + i, macs.length == 0 ? "52:54:00:12:34:56" : macs[i]));
    }
    return new Server(name, null, "lab.example", arch, firmware, nics, network, null, List.of("rack1"), null, null);
  }

  /** A profile builder with the values every case shares; each case changes what it is about. */
  static final class P {
    String name = "base";
    DiskLayout disk = DiskLayout.automatic();
    Network network;
    String rootHash;
    List<User> users = List.of(new User("ops", "Ops Team", HASH, List.of(), List.of(KEY), true));
    List<String> packages = List.of();
    String locale = "en_US.UTF-8";
    String keyboard = "us";
    String timezone = "Etc/UTC";
    List<String> ntp = List.of();
    List<KernelArg> kernelArgs = List.of();
    String console;
    Enrollment enrollment = new Enrollment("webserver", "production", true);
    Map<String, String> options = Map.of();

    Profile build() {
      return new Profile(name, "debian-12", null, disk, network, rootHash, users, packages, locale, keyboard,
          timezone, ntp, List.of("web"), kernelArgs, console, enrollment, options);
    }
  }

  static InstallConfig config(Server server, Profile profile) {
    return Fixtures.config(server, profile, image(Architecture.X86_64, Architecture.AARCH64));
  }

  static InstallConfig dhcpLvm() {
    P p = new P();
    p.name = "dhcp-lvm";
    return config(server("web01", Architecture.X86_64, Firmware.UEFI, null), p.build());
  }

  static InstallConfig staticRegular() {
    P p = new P();
    p.name = "static-regular";
    p.disk = new DiskLayout("sda", DiskLayoutKind.DIRECT, List.of(), List.of());
    p.rootHash = HASH;
    p.packages = List.of("vim", "htop", "openssh-server");
    p.ntp = List.of("ntp1.lab.example", "192.0.2.123");
    p.console = "ttyS0,115200n8";
    p.kernelArgs = List.of(KernelArg.flag("quiet"), KernelArg.of("net.ifnames", "0"));
    p.locale = "de_DE.UTF-8";
    p.keyboard = "de";
    p.timezone = "Europe/Berlin";
    Network net = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(), null,
        null, null, false, List.of("192.0.2.10/24"), "192.0.2.1", null, List.of())),
        List.of("192.0.2.53", "192.0.2.54"), List.of("lab.example"));
    return config(server("db01", Architecture.X86_64, Firmware.BIOS, net), p.build());
  }

  static InstallConfig vlanBond() {
    P p = new P();
    p.name = "vlan-bond";
    Network net = new Network(List.of(
        eth("eth0"), eth("eth1"),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null, null, false,
            List.of(), null, 9000, List.of()),
        new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, "bond0", 20, false,
            List.of("192.0.2.10/24", "192.0.2.11/24"), "192.0.2.1", null,
            List.of(new Route("10.20.0.0/16", "192.0.2.254"))),
        new NetInterface("vlan30", InterfaceKind.VLAN, null, List.of(), null, "bond0", 30, true,
            List.of(), null, null, List.of())),
        List.of("192.0.2.53"), List.of("lab.example", "corp.example"));
    return config(server("kvm01", Architecture.X86_64, Firmware.UEFI, net, "52:54:00:00:00:01",
        "52:54:00:00:00:02"), p.build());
  }

  private static NetInterface eth(String name) {
    return new NetInterface(name, InterfaceKind.ETHERNET, null, List.of(), null, null, null, false, List.of(),
        null, null, List.of());
  }

  static InstallConfig customLvmAarch64() {
    P p = new P();
    p.name = "custom-lvm";
    p.console = "ttyAMA0,115200";
    p.disk = new DiskLayout("/dev/disk/by-id/nvme-Samsung_SSD_980_S64DNF0R123456", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot/efi", Size.parse("512MiB"), "vfat", null),
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition(null, Size.remaining(), null, "vg0")),
        List.of(new VolumeGroup("vg0", List.of(
            new LogicalVolume("root", "/", Size.parse("20GiB"), "ext4"),
            new LogicalVolume("swap", "swap", Size.parse("4GiB"), null),
            new LogicalVolume("var", "/var", Size.remaining(), "xfs")))));
    return config(server("arm01", Architecture.AARCH64, Firmware.UEFI, null), p.build());
  }

  static InstallConfig customPartitions() {
    P p = new P();
    p.name = "custom-partitions";
    p.disk = new DiskLayout("nvme0n1", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/", Size.parse("30GiB"), "ext4", null),
        new Partition("swap", Size.parse("2GiB"), "swap", null),
        new Partition("/srv", Size.remaining(), "xfs", null)), List.of());
    return config(server("files01", Architecture.X86_64, Firmware.BIOS, null), p.build());
  }

  static InstallConfig severalUsers() {
    P p = new P();
    p.name = "several-users";
    p.rootHash = YESCRYPT;
    p.users = List.of(
        new User("alice", null, null, List.of(), List.of(KEY), false),
        new User("bob", "Bob Builder", HASH, List.of("adm", "docker"), List.of(KEY, KEY2), true),
        new User("carol", "Carol", null, List.of("docker"), List.of(KEY2), true));
    p.options = Map.of("tasks", "standard, ssh-server, web-server");
    return config(server("ws01", Architecture.X86_64, Firmware.UEFI, null), p.build());
  }

  static InstallConfig enrollmentOff() {
    P p = new P();
    p.name = "no-enrollment";
    p.enrollment = new Enrollment(null, null, false);
    return config(server("arm02", Architecture.AARCH64, Firmware.UEFI, null), p.build());
  }

  static InstallConfig siteRepository() {
    P p = new P();
    p.name = "site-repository";
    return InstallConfigFactory.create(server("web02", Architecture.X86_64, Firmware.UEFI, null), p.build(),
        image(Architecture.X86_64), Endpoints.preview(Fixtures.BASE_URL),
        new EnrollmentSettings("puppet.lab.example", "http://mirror.lab.example/openvox/"), null);
  }
}
