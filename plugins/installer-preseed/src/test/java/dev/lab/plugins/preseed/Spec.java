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
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.testkit.Fixtures;
import java.util.List;
import java.util.Map;

/**
 * A rich, valid configuration whose every user-written string is a field, so tests can change one
 * value and build again: a bond with a static VLAN, a custom LVM layout, two users, packages, time
 * servers, kernel arguments, a console and enrollment.
 */
final class Spec {
  String hostname = "web01";
  String domain = "lab.example";
  String serverLabel = "rack1";
  String mac0 = "52:54:00:00:00:01";
  String bondName = "bond0";
  String bondMode = "802.3ad";
  String vlanParent = "bond0";
  String address = "192.0.2.10/24";
  String gateway = "192.0.2.1";
  String routeTo = "10.20.0.0/16";
  String routeVia = "192.0.2.254";
  String nameserver = "192.0.2.53";
  String searchDomain = "lab.example";
  String device = "sda";
  String srvMount = "/srv";
  String srvFstype = "ext4";
  String pvGroup = "vg0";
  String vgName = "vg0";
  String lvName = "root";
  String varMount = "/var";
  String varFstype = "xfs";
  String rootHash = Cases.HASH;
  String user0 = "ops";
  String fullName0 = "Ops Team";
  String hash0 = Cases.HASH;
  String group0 = "adm";
  String key0 = Cases.KEY;
  String user1 = "deploy";
  String fullName1 = "Deploy Bot";
  String key1 = Cases.KEY2;
  String packageName = "htop";
  String locale = "en_US.UTF-8";
  String keyboard = "us";
  String timezone = "Europe/Paris";
  String ntp = "ntp.lab.example";
  String label = "web";
  String argKey = "net.ifnames";
  String argValue = "0";
  String console = "ttyS0,115200";
  String role = "webserver";
  String environment = "production";
  String tasks = "standard, ssh-server";
  String kernel = "debian-12/x86_64/linux";
  String initrd = "debian-12/x86_64/initrd.gz";
  String repository = "http://deb.debian.org/debian";

  InstallConfig build() {
    Network network = new Network(List.of(
        nic("eth0"), nic("eth1"),
        new NetInterface(bondName, InterfaceKind.BOND, null, List.of("eth0", "eth1"), bondMode, null, null, false,
            List.of(), null, null, List.of()),
        new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, vlanParent, 20, false,
            List.of(address), gateway, null, List.of(new Route(routeTo, routeVia)))),
        List.of(nameserver), List.of(searchDomain));
    Server server = new Server("web01", hostname, domain, Architecture.X86_64, Firmware.UEFI,
        List.of(new Nic("eth0", mac0), new Nic("eth1", "52:54:00:00:00:02")), network, null, List.of(serverLabel),
        null, null);
    DiskLayout disk = new DiskLayout(device, DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot/efi", Size.parse("512MiB"), "vfat", null),
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition(srvMount, Size.parse("2GiB"), srvFstype, null),
        new Partition(null, Size.remaining(), null, pvGroup)),
        List.of(new VolumeGroup(vgName, List.of(
            new LogicalVolume(lvName, "/", Size.parse("20GiB"), "ext4"),
            new LogicalVolume("var", varMount, Size.remaining(), varFstype)))));
    List<User> users = List.of(
        new User(user0, fullName0, hash0, List.of(group0), List.of(key0), true),
        new User(user1, fullName1, null, List.of(), List.of(key1), false));
    Profile profile = new Profile("rich", "debian-12", null, disk, null, rootHash, users, List.of(packageName),
        locale, keyboard, timezone, List.of(ntp), List.of(label), List.of(KernelArg.of(argKey, argValue)),
        console, new Enrollment(role, environment, true), Map.of("tasks", tasks));
    Image image = new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(kernel, List.of(initrd), repository, null, null, null, null, null, null)), null);
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview(Fixtures.BASE_URL),
        Fixtures.ENROLLMENT, null);
  }

  private static NetInterface nic(String name) {
    return new NetInterface(name, InterfaceKind.ETHERNET, null, List.of(), null, null, null, false, List.of(),
        null, null, List.of());
  }
}
