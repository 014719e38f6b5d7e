package dev.lab.plugins.rootfs;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
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
import dev.lab.testkit.Fixtures;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden matrix: every disk layout (direct, lvm, custom, xcpng) with BIOS and UEFI on x86_64 and
 * UEFI on aarch64, each with a different network (DHCP, static with routes and DNS, bond + VLAN +
 * MTU) and account mix, plus a case without enrollment.
 */
final class Cases {
  static final String HASH = "$6$rounds=4096$labsalt$" + "a".repeat(40) + "B".repeat(40) + "./0123";
  static final String YESCRYPT = "$y$j9T$labsaltlabsalt$Zq8bLoeu5mfHFqW0mEYt3wqIkRWYUfW5bYo1sVq2Ve7";
  static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtL8cQ2t8nZk5yX8b3m4e4Yw0lQ1p2xR9sT7uV6wXyZ ops@lab";
  static final String KEY2 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 backup key";
  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String MAC0 = "52:54:00:12:34:56";
  static final String MAC1 = "52:54:00:12:34:57";

  private Cases() {}

  /** @return every case by name, in a stable order */
  static Map<String, InstallConfig> all() {
    Map<String, InstallConfig> cases = new LinkedHashMap<>();
    int variant = 0;
    for (DiskLayoutKind layout : DiskLayoutKind.values()) {
      for (Architecture arch : List.of(Architecture.X86_64, Architecture.AARCH64)) {
        for (Firmware firmware : Firmware.values()) {
          if (arch == Architecture.AARCH64 && firmware == Firmware.BIOS) {
            continue;
          }
          String name = layout.id() + "-" + arch.id() + "-" + firmware.id();
          cases.put(name, config(layout, arch, firmware, variant++ % 3, true));
        }
      }
    }
    cases.put("enrollment-off-x86_64-uefi", config(DiskLayoutKind.DIRECT, Architecture.X86_64, Firmware.UEFI, 0, false));
    return cases;
  }

  static InstallConfig config(DiskLayoutKind layout, Architecture arch, Firmware firmware, int variant, boolean enroll) {
    Network network = switch (variant) {
      case 0 -> null;
      case 1 -> staticNetwork();
      default -> bondVlan();
    };
    Server server = server("vm1", arch, firmware, network);
    return Fixtures.config(server, profile(disk(layout), variant, enroll), image(arch));
  }

  static Image image(Architecture... arches) {
    Map<Architecture, ImageArtifacts> map = new EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      map.put(a, new ImageArtifacts(null, List.of(), null, null, null, null, null,
          "images/debian-12/" + a.id() + "/rootfs.tar.zst", SHA));
    }
    return new Image("debian-12", "debian", "12", null, map, null);
  }

  static Server server(String name, Architecture arch, Firmware firmware, Network network) {
    return new Server(name, null, "lab.example", arch, firmware,
        List.of(new Nic("eth0", MAC0), new Nic("eth1", MAC1)), network, null, List.of("rack1"), null, null);
  }

  static DiskLayout disk(DiskLayoutKind layout) {
    if (layout != DiskLayoutKind.CUSTOM) {
      return new DiskLayout("vda", layout, List.of(), List.of());
    }
    return new DiskLayout("nvme0n1", layout, List.of(
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition("swap", Size.parse("2GiB"), "swap", null),
        new Partition(null, Size.remaining(), null, "data")),
        List.of(new VolumeGroup("data", List.of(
            new LogicalVolume("root", "/", Size.parse("20GiB"), "ext4"),
            new LogicalVolume("srv", "/srv", Size.remaining(), "xfs")))));
  }

  static Profile profile(DiskLayout disk, int variant, boolean enroll) {
    List<User> users = switch (variant) {
      case 0 -> List.of(new User("ops", "Ops Team", HASH, List.of(), List.of(KEY), true));
      case 1 -> List.of(new User("ops", null, null, List.of(), List.of(KEY, KEY2), true),
          new User("deploy", "Deploy Bot", YESCRYPT, List.of("adm", "deployers"), List.of(), false));
      default -> List.of(new User("admin", null, YESCRYPT, List.of("wheel"), List.of(KEY), true));
    };
    String root = variant == 1 ? null : HASH;
    String console = variant == 2 ? null : "ttyS0,115200";
    List<KernelArg> args = variant == 1 ? List.of(KernelArg.flag("quiet"), KernelArg.of("net.ifnames", "0")) : List.of();
    return new Profile("debian-rootfs", "debian-12", InstallMethod.ROOTFS, disk, null, root, users, List.of(),
        null, null, variant == 1 ? "Europe/Paris" : null, List.of(), List.of("web"), args, console,
        enroll ? new Enrollment("web", "production", true) : new Enrollment(null, null, false), Map.of());
  }

  static Network staticNetwork() {
    NetInterface eth0 = new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(), null, null, null, false,
        List.of("192.0.2.10/24"), "192.0.2.1", null, List.of(new Route("10.20.0.0/16", "192.0.2.254")));
    return new Network(List.of(eth0), List.of("192.0.2.53", "192.0.2.54"), List.of("lab.example"));
  }

  static Network bondVlan() {
    NetInterface eth0 = new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(), null, null, null, false,
        List.of(), null, 9000, List.of());
    NetInterface eth1 = new NetInterface("eth1", InterfaceKind.ETHERNET, null, List.of(), null, null, null, false,
        List.of(), null, 9000, List.of());
    NetInterface bond = new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null,
        null, true, List.of(), null, 9000, List.of());
    NetInterface vlan = new NetInterface("vlan20", InterfaceKind.VLAN, null, List.of(), null, "bond0", 20, false,
        List.of("198.51.100.10/24"), "198.51.100.1", 1500, List.of());
    return new Network(List.of(eth0, eth1, bond, vlan), List.of("198.51.100.53"), List.of());
  }
}
