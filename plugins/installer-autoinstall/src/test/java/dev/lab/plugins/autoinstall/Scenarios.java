package dev.lab.plugins.autoinstall;

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
import dev.lab.api.model.Route;
import dev.lab.api.model.Size;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.testkit.Fixtures;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The golden matrix: named configurations covering what the plugin renders. */
final class Scenarios {
  static final String OPS_HASH =
      "$6$labsalt0$Pp6W.ssXyaWlLiB/jS2V2UkjkoPyoEUaU6Wc7EAxYHvaAH1euBz4NHY.rXwEi3ddeTFeOiLrywQ.pLJNTIkN..";
  static final String ROOT_HASH =
      "$6$rootsalt$ltSldfGfum1QeNUJ/nBdZOg1EzPhtUGiJ2ySgApQTUWWkgzDUBVOMoLxZCs/Rn04FIw8UG/eb5QLtBSayZGUi1";
  static final String BOB_HASH =
      "$6$bobsalt1$hsrb5bJgGxvn8SuCpVSBAnGqOjqWSKOpwafAQar8rC0l6jPrtK.9iDTJkanmIh59siOtROU/76Mc/KJyi/uaD.";
  static final String OPS_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL+Nn0w8bGTARXDmfGR2Ze8bNYoIf22ISvUTJRKajW5e ops@lab.example";
  static final String ALICE_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICgX4vmZQzuCaYqfEBdKHWIRR6MqluE795FBkkH4H8hZ alice@laptop";
  static final String BOB_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDmA8ulfnSJ+a+Gh4OjqDlS4SPEVlseqQBuGDztsOP2nCKc2ORK"
      + "hILo+JrJnKc6Zk9H3Q5hxVMg5VabpnI5qfT0FWOu+zzb69vHT1udP59kQFnlvDAu2Hv3LkoLkCOcQktA9djKSunaA6s8w04lT1ixkx1Ung"
      + "HeVGN6GJ2cS9/073Cn1fw8J70cUO9y6PvBaItOhggWaG91hJH91VdWdUHF9sUTCnLkhDotfXYEkw9P7FhgLIV/YS4sbYLKeOR+/nNKq/pGfm"
      + "JWlhxzT003gRgDTURZITQ3Q0F376mh0YKkRhfyvqU4PN87ljAfbL0yzukO+L4bQiNMOLZ6ou19jU7J bob";

  static final User OPS = new User("ops", "Ops Team", OPS_HASH, List.of("adm", "docker"), List.of(OPS_KEY), true);

  /** One case: a server, a profile and an image. */
  record Scenario(String name, ServerBuilder server, ProfileBuilder profile, Image image) {
    InstallConfig config() {
      return Fixtures.config(server.build(), profile.build(), image);
    }

    Scenario with(Consumer<ServerBuilder> s, Consumer<ProfileBuilder> p) {
      ServerBuilder sb = ServerBuilder.from(server.build());
      ProfileBuilder pb = ProfileBuilder.from(profile.build());
      s.accept(sb);
      p.accept(pb);
      return new Scenario(name, sb, pb, image);
    }
  }

  private Scenarios() {}

  /** @return every golden case, in a stable order */
  static List<Scenario> all() {
    return List.of(dhcpLvm(), staticDirectBios(), bondVlan(), customLvm(Firmware.BIOS), customLvm(Firmware.UEFI),
        customOwnEspAarch64(), severalUsers(), dhcpAarch64(), enrollmentOff(), noUsers(), everything());
  }

  static Image ubuntu(String mirror, Architecture... arches) {
    Map<Architecture, ImageArtifacts> map = new EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      String dir = "ubuntu-24.04/" + a.id() + "/";
      String iso = "ubuntu-24.04.2-live-server-" + (a == Architecture.X86_64 ? "amd64" : "arm64") + ".iso";
      map.put(a, new ImageArtifacts(dir + "casper/vmlinuz", List.of(dir + "casper/initrd"), mirror, dir + iso,
          null, null, null, null, null));
    }
    return new Image("ubuntu-24.04", "ubuntu", "24.04.2", null, map, null);
  }

  static Scenario base(String name, Architecture arch, Firmware firmware) {
    ServerBuilder s = new ServerBuilder();
    s.arch = arch;
    s.firmware = firmware;
    ProfileBuilder p = new ProfileBuilder();
    p.users = List.of(OPS);
    p.packages = List.of("vim", "htop");
    p.timezone = "Europe/Paris";
    p.labels = List.of("web");
    p.enrollment = new Enrollment("webserver", "production", true);
    return new Scenario(name, s, p, ubuntu(null, Architecture.X86_64, Architecture.AARCH64));
  }

  /** DHCP on the only NIC, subiquity's LVM layout on the largest disk. */
  static Scenario dhcpLvm() {
    return base("dhcp-lvm-x86_64-uefi", Architecture.X86_64, Firmware.UEFI);
  }

  /** Static addressing with routes and DNS, the direct layout on sda, serial console, kernel args, mirror, NTP. */
  static Scenario staticDirectBios() {
    Scenario sc = base("static-direct-x86_64-bios", Architecture.X86_64, Firmware.BIOS);
    sc.server.network = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(), null,
        null, null, false, List.of("192.0.2.10/24"), "192.0.2.1", null,
        List.of(new Route("10.20.0.0/16", "192.0.2.254")))), List.of("192.0.2.53", "192.0.2.54"),
        List.of("lab.example"));
    sc.profile.disk = new DiskLayout("sda", DiskLayoutKind.DIRECT, List.of(), List.of());
    sc.profile.serialConsole = "ttyS0,115200n8";
    sc.profile.kernelArgs = List.of(KernelArg.of("intel_iommu", "on"), KernelArg.flag("nomodeset"));
    sc.profile.ntpServers = List.of("0.pool.ntp.org", "192.0.2.123");
    sc.profile.keyboard = "de(nodeadkeys)";
    sc.profile.locale = "de_DE.UTF-8";
    return new Scenario(sc.name, sc.server, sc.profile,
        ubuntu("http://mirror.lab.example/ubuntu", Architecture.X86_64, Architecture.AARCH64));
  }

  /** Two NICs in an LACP bond with parameters, a tagged VLAN on it, jumbo frames, LVM on a by-id disk. */
  static Scenario bondVlan() {
    Scenario sc = base("bond-vlan-lvm-x86_64-uefi", Architecture.X86_64, Firmware.UEFI);
    sc.server.nics = List.of(new Nic("eno1", "52:54:00:aa:00:01"), new Nic("eno2", "52:54:00:AA:00:02"));
    sc.server.network = new Network(List.of(
        ethernet("eno1", 9000), ethernet("eno2", 9000),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eno1", "eno2"), "802.3ad", null, null, true,
            List.of(), null, 9000, List.of()),
        new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, "bond0", 20, false,
            List.of("198.51.100.20/24"), "198.51.100.1", null, List.of())),
        List.of("198.51.100.53"), List.of("lab.example", "example.org"));
    sc.profile.options.put("autoinstall.bond.bond0.lacp-rate", "fast");
    sc.profile.options.put("autoinstall.bond.bond0.transmit-hash-policy", "layer3+4");
    sc.profile.disk = new DiskLayout("/dev/disk/by-id/nvme-Samsung_SSD_980_PRO_1TB_S5GXNF0R123456",
        DiskLayoutKind.LVM, List.of(), List.of());
    return sc;
  }

  /** Explicit partitions and LVM: /boot, then a volume group with root, swap and /var. */
  static Scenario customLvm(Firmware firmware) {
    Scenario sc = base("custom-lvm-x86_64-" + firmware.id(), Architecture.X86_64, firmware);
    sc.profile.disk = new DiskLayout("nvme0n1", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition(null, Size.remaining(), null, "vg0")),
        List.of(new VolumeGroup("vg0", List.of(
            new LogicalVolume("root", "/", Size.parse("20GiB"), "ext4"),
            new LogicalVolume("swap", "swap", Size.parse("4GiB"), null),
            new LogicalVolume("var", "/var", Size.remaining(), "xfs")))));
    return sc;
  }

  /** aarch64 with the profile's own EFI system partition and plain partitions on a by-path disk. */
  static Scenario customOwnEspAarch64() {
    Scenario sc = base("custom-own-esp-aarch64", Architecture.AARCH64, Firmware.UEFI);
    sc.server.nics = List.of(new Nic("enP1p1s0", "02:00:00:00:00:01"));
    sc.profile.disk = new DiskLayout("/dev/disk/by-path/platform-a41000000.pcie-pci-0004:01:00.0-nvme-1",
        DiskLayoutKind.CUSTOM, List.of(
            new Partition("/boot/efi", Size.parse("512MiB"), "vfat", null),
            new Partition("swap", Size.parse("8GiB"), "swap", null),
            new Partition("/", Size.remaining(), "ext4", null)),
        List.of());
    sc.profile.serialConsole = "ttyAMA0,115200";
    return sc;
  }

  /** The first user is subiquity's identity; a key-only admin and a plain user come from cloud-init. */
  static Scenario severalUsers() {
    Scenario sc = base("several-users-x86_64-uefi", Architecture.X86_64, Firmware.UEFI);
    sc.profile.users = List.of(OPS,
        new User("alice", "Alice Liddell", null, List.of(), List.of(ALICE_KEY), true),
        new User("bob", null, BOB_HASH, List.of("users", "video"), List.of(BOB_KEY), false));
    sc.profile.rootPasswordHash = ROOT_HASH;
    return sc;
  }

  /** aarch64 with DHCP and the LVM layout. */
  static Scenario dhcpAarch64() {
    Scenario sc = base("dhcp-lvm-aarch64", Architecture.AARCH64, Firmware.UEFI);
    sc.server.nics = List.of(new Nic("enP1p1s0", "02:00:00:00:00:01"));
    return sc;
  }

  /** Enrollment disabled: no enroll.sh, no enrollment late-commands. */
  static Scenario enrollmentOff() {
    Scenario sc = base("enrollment-off", Architecture.X86_64, Firmware.UEFI);
    sc.profile.enrollment = new Enrollment(null, null, false);
    return sc;
  }

  /** No users: no identity section, the host name and an empty user list go to user-data. */
  static Scenario noUsers() {
    Scenario sc = base("no-users-root-password", Architecture.X86_64, Firmware.UEFI);
    sc.profile.users = List.of();
    sc.profile.rootPasswordHash = ROOT_HASH;
    return sc;
  }

  /**
   * Every user-controlled field set at once: the base of the injection test, and a case of its own.
   */
  static Scenario everything() {
    Scenario sc = bondVlan();
    Scenario custom = customLvm(Firmware.UEFI);
    Scenario users = severalUsers();
    Scenario statics = staticDirectBios();
    ProfileBuilder p = sc.profile;
    p.disk = custom.profile.disk;
    p.users = users.profile.users;
    p.rootPasswordHash = ROOT_HASH;
    p.kernelArgs = statics.profile.kernelArgs;
    p.serialConsole = statics.profile.serialConsole;
    p.ntpServers = statics.profile.ntpServers;
    p.keyboard = statics.profile.keyboard;
    Map<String, String> options = new LinkedHashMap<>(p.options);
    p.options = options;
    sc.server.network = new Network(List.of(sc.server.network.interfaces().get(0),
        sc.server.network.interfaces().get(1), sc.server.network.interfaces().get(2),
        sc.server.network.interfaces().get(3),
        new NetInterface("eno3", InterfaceKind.ETHERNET, "52:54:00:aa:00:03", List.of(), null, null, null, false,
            List.of("192.0.2.10/24"), null, null, List.of(new Route("10.20.0.0/16", "192.0.2.254")))),
        sc.server.network.nameservers(), sc.server.network.searchDomains());
    return new Scenario("everything-x86_64-uefi", sc.server, p, statics.image());
  }

  private static NetInterface ethernet(String name, Integer mtu) {
    return new NetInterface(name, InterfaceKind.ETHERNET, null, List.of(), null, null, null, false, List.of(), null,
        mtu, List.of());
  }
}
