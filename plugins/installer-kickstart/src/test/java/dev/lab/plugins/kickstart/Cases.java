package dev.lab.plugins.kickstart;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Bootc;
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
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.testkit.Fixtures;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The golden-file matrix: named configurations covering what the kickstart plugin writes. */
final class Cases {
  static final String HASH = "$y$j9T$Fq2f9DKG3Rr0nE7b1r4.v/$3nKk0uM2yRkQ4sYt8Vq0fJx1aHc5Zl9Ww6Tb7Pd2Ee1";
  static final String ROOT_HASH = "$6$rounds=4096$Lh0DGVuYqQx0ZdNt$m4pL6uZm3sJw0XoG2dQY8Vh9tK1rN5cF7bA2eD4gH6jK8lM0nP2qR4sT6uV8wX0yZ1aB3cD5eF7gH9iJ1kL3mN";
  static final String KEY_OPS = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKk1n5Qx7mT2u0fZpGv9cYw3sRb8LhE4jN6oDq1aXyV2 ops@lab";
  static final String KEY_OPS_2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH7pQm2Vn0sLc9xRt4gKb1zWy6eJd3uF8aMo5iTq0hPr ops laptop";
  static final String KEY_DEPLOY = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBOr7 deploy";
  static final String AUTH_JSON = "{\"auths\":{\"registry.lab.example:5000\":{\"auth\":\"bGFiOnMzY3IzdA==\"}}}\n";

  private Cases() {}

  /** @return every case, by name */
  static Map<String, InstallConfig> all() {
    Map<String, InstallConfig> cases = new LinkedHashMap<>();
    cases.put("fedora41-x86_64-dhcp-lvm", fedoraDhcpLvm());
    cases.put("fedora41-x86_64-static-plain-bios", fedoraStaticPlain());
    cases.put("alma9-x86_64-vlan-bond-custom", almaVlanBondCustom());
    cases.put("alma9-aarch64-static-lvm", almaAarch64StaticLvm());
    cases.put("fedora41-aarch64-dhcp-custom", fedoraAarch64Custom());
    cases.put("fedora41-x86_64-bootc", fedoraBootc());
    cases.put("alma9-x86_64-bootc-registry-auth", almaBootcWithAuth());
    cases.put("fedora41-x86_64-no-enrollment", fedoraNoEnrollment());
    return cases;
  }

  static InstallConfig fedoraDhcpLvm() {
    Server server = server("web01", Architecture.X86_64, Firmware.UEFI, null, nic("eth0", "52:54:00:12:34:56"));
    Profile profile = profile("web", "fedora-41", DiskLayout.automatic(), null, List.of(ops()),
        List.of("vim-enhanced", "htop", "@^server-product-environment"), null, List.of(), Map.of(),
        new Enrollment("webserver", "production", true));
    return Fixtures.config(server, profile, fedora(null, Architecture.X86_64));
  }

  static InstallConfig fedoraStaticPlain() {
    Network network = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(), null,
        null, null, false, List.of("192.0.2.10/24"), "192.0.2.1", 9000, List.of())),
        List.of("192.0.2.53", "2001:db8::53"), List.of("lab.example"));
    Server server = server("web02", Architecture.X86_64, Firmware.BIOS, network, nic("eth0", "52:54:00:12:34:57"));
    Profile profile = profile("web", "fedora-41", new DiskLayout("/dev/sda", DiskLayoutKind.DIRECT, List.of(),
        List.of()), null, List.of(ops()), List.of("chrony"), "ttyS0,115200",
        List.of(KernelArg.flag("quiet"), KernelArg.of("mitigations", "auto,nosmt")),
        Map.of("kickstart.selinux", "enforcing", "kickstart.firewall", "enabled"),
        new Enrollment("webserver", null, true));
    return Fixtures.config(server, profile, fedora(null, Architecture.X86_64));
  }

  static InstallConfig almaVlanBondCustom() {
    Network network = new Network(List.of(
        ethernet("eth0", false, List.of()),
        ethernet("eth1", false, List.of()),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null, null, false,
            List.of(), null, null, List.of()),
        new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, "bond0", 20, false,
            List.of("10.20.0.10/24", "2001:db8:20::10/64"), "10.20.0.1", null, List.of()),
        ethernet("eth2", true, List.of()),
        new NetInterface("vlan30", InterfaceKind.VLAN, null, List.of(), null, "eth2", 30, false,
            List.of("10.30.0.10/24"), null, 1500, List.of())),
        List.of("10.20.0.53"), List.of("lab.example", "db.lab.example"));
    Server server = server("db01", Architecture.X86_64, Firmware.UEFI, network,
        nic("eth0", "0c:c4:7a:00:00:01"), nic("eth1", "0c:c4:7a:00:00:02"), nic("eth2", "0c:c4:7a:00:00:03"));
    DiskLayout disk = new DiskLayout("nvme0n1", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "xfs", null),
        new Partition("swap", Size.parse("4GiB"), null, null),
        new Partition(null, Size.remaining(), null, "vg0")),
        List.of(new VolumeGroup("vg0", List.of(
            new LogicalVolume("root", "/", Size.parse("20GiB"), "xfs"),
            new LogicalVolume("log", "/var/log", Size.parse("5GiB"), "xfs"),
            new LogicalVolume("data", "/srv/data", Size.remaining(), "ext4")))));
    Profile profile = profile("database", "almalinux-9", disk, ROOT_HASH, List.of(ops(),
        new User("deploy", null, null, List.of("deploy", "systemd-journal"), List.of(KEY_DEPLOY), false)),
        List.of("postgresql-server"), null, List.of(), Map.of("kickstart.selinux", "permissive"),
        new Enrollment("role::database", "production", true));
    return Fixtures.config(server, profile, alma("9", null, Architecture.X86_64));
  }

  static InstallConfig almaAarch64StaticLvm() {
    Network network = new Network(List.of(new NetInterface("enP1p1s0", InterfaceKind.ETHERNET,
        "b8:27:eb:00:00:11", List.of(), null, null, null, false, List.of("198.51.100.20/26"), "198.51.100.1", null,
        List.of())), List.of("198.51.100.53"), List.of());
    Server server = server("arm01", Architecture.AARCH64, Firmware.UEFI, network, nic("eth0", "b8:27:eb:00:00:11"));
    Profile profile = profile("arm", "almalinux-9", new DiskLayout("/dev/disk/by-id/nvme-SAMSUNG_MZ1L2960HCJR-00A07_S665NE0T100001",
        DiskLayoutKind.LVM, List.of(), List.of()), null, List.of(ops()), List.of(), "ttyAMA0,115200", List.of(),
        Map.of(), new Enrollment(null, null, true));
    return Fixtures.config(server, profile, alma("9.5", null, Architecture.AARCH64, Architecture.X86_64));
  }

  static InstallConfig fedoraAarch64Custom() {
    Server server = server("arm02", Architecture.AARCH64, Firmware.UEFI, null, nic("eth0", "b8:27:eb:00:00:12"));
    DiskLayout disk = new DiskLayout("mmcblk0", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition("swap", Size.parse("2GiB"), "swap", null),
        new Partition("/", Size.remaining(), "xfs", null)), List.of());
    Profile profile = profile("arm", "fedora-41", disk, null, List.of(ops()), List.of(), null, List.of(), Map.of(),
        new Enrollment("edge", null, true));
    return Fixtures.config(server, profile, fedora(null, Architecture.AARCH64, Architecture.X86_64));
  }

  static InstallConfig fedoraBootc() {
    Server server = server("ws01", Architecture.X86_64, Firmware.UEFI, null, nic("eth0", "52:54:00:12:34:58"));
    Profile profile = profile("bootc", "fedora-bootc-41", DiskLayout.automatic(), null, List.of(ops()), List.of(),
        null, List.of(), Map.of(), new Enrollment("workstation", null, true));
    Bootc bootc = new Bootc("quay.io/fedora/fedora-bootc:41", null, null, null, false, null);
    return Fixtures.config(server, profile, fedora(bootc, Architecture.X86_64));
  }

  static InstallConfig almaBootcWithAuth() {
    Server server = server("edge01", Architecture.X86_64, Firmware.UEFI, null, nic("eth0", "52:54:00:12:34:59"));
    DiskLayout disk = new DiskLayout("vda", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "xfs", null),
        new Partition("/", Size.remaining(), "xfs", null)), List.of());
    Profile profile = profile("edge", "almalinux-bootc-9", disk, null, List.of(ops()), List.of(), "ttyS0,115200",
        List.of(), Map.of(), new Enrollment("edge", "production", true));
    Bootc bootc = new Bootc("registry.lab.example:5000/os/almalinux-bootc:9.5", "registry", "alma", "alma", true,
        "secrets/registry-auth.json");
    return Fixtures.config(server, profile, alma("9.5", bootc, Architecture.X86_64), AUTH_JSON);
  }

  static InstallConfig fedoraNoEnrollment() {
    Server server = server("lab01", Architecture.X86_64, Firmware.UEFI, null, nic("eth0", "52:54:00:12:34:5a"));
    Profile profile = profile("plain", "fedora-41", new DiskLayout("vda", DiskLayoutKind.LVM, List.of(), List.of()),
        ROOT_HASH, List.of(), List.of(), null, List.of(), Map.of(), new Enrollment(null, null, false));
    return Fixtures.config(server, profile, fedora(null, Architecture.X86_64));
  }

  static User ops() {
    return new User("ops", "Operations Team", HASH, List.of("adm"), List.of(KEY_OPS, KEY_OPS_2), true);
  }

  static Nic nic(String name, String mac) {
    return new Nic(name, mac);
  }

  static NetInterface ethernet(String name, boolean dhcp, List<String> addresses) {
    return new NetInterface(name, InterfaceKind.ETHERNET, null, List.of(), null, null, null, dhcp, addresses, null,
        null, List.of());
  }

  static Server server(String name, Architecture arch, Firmware firmware, Network network, Nic... nics) {
    return new Server(name, null, "lab.example", arch, firmware, List.of(nics), network, null, List.of("rack1"),
        Map.of(), null);
  }

  static Profile profile(String name, String image, DiskLayout disk, String rootHash, List<User> users,
      List<String> packages, String serial, List<KernelArg> kernelArgs, Map<String, String> options,
      Enrollment enrollment) {
    return new Profile(name, image, null, disk, null, rootHash, users, packages, "en_US.UTF-8", "us", "Europe/Paris",
        List.of("0.pool.ntp.org", "1.pool.ntp.org"), List.of(name), kernelArgs, serial, enrollment, options);
  }

  static Image fedora(Bootc bootc, Architecture... arches) {
    Map<Architecture, ImageArtifacts> map = new EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      map.put(a, artifacts("https://dl.fedoraproject.org/pub/fedora/linux/releases/41/Everything/" + a.id() + "/os/"));
    }
    return new Image(bootc == null ? "fedora-41" : "fedora-bootc-41", "fedora", "41", null, map, bootc);
  }

  static Image alma(String version, Bootc bootc, Architecture... arches) {
    Map<Architecture, ImageArtifacts> map = new EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      map.put(a, artifacts("almalinux-" + version + "/BaseOS/" + a.id() + "/os"));
    }
    return new Image(bootc == null ? "almalinux-9" : "almalinux-bootc-9", "almalinux", version, null, map, bootc);
  }

  static ImageArtifacts artifacts(String repository) {
    return new ImageArtifacts(null, List.of(), repository, null, null, null, null, null, null);
  }
}
