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
import java.util.List;
import java.util.Map;

/**
 * A rich configuration with every user-written value the plan uses in a field of its own, benign by
 * default, for tests that change one value at a time. The server's network is: eth0 and eth1 in
 * bond0, VLAN vlan20 on bond0 with a static address, gateway and route.
 */
final class Spec {
  String hostname = "vm1";
  String domain = "lab.example";
  String nicMac = Cases.MAC0;
  String eth0Mac = Cases.MAC0;
  String bondName = "bond0";
  String bondMode = "802.3ad";
  String vlanParent = "bond0";
  String address = "198.51.100.10/24";
  String gateway = "198.51.100.1";
  String routeTo = "10.20.0.0/16";
  String routeVia = "198.51.100.254";
  String nameserver = "198.51.100.53";
  String searchDomain = "lab.example";
  String device = "vda";
  String lvName = "root";
  String srvMount = "/srv";
  String srvFstype = "xfs";
  String vgName = "data";
  String rootHash = Cases.HASH;
  String user = "ops";
  String fullName = "Ops Team";
  String userHash = Cases.YESCRYPT;
  String group = "deployers";
  String sshKey = Cases.KEY;
  String timezone = "Europe/Paris";
  String console = "ttyS0,115200";
  String argKey = "net.ifnames";
  String argValue = "0";
  String role = "web";
  String environment = "production";
  String serverLabel = "rack1";
  String profileLabel = "web";
  String rootfs = "images/debian-12/x86_64/rootfs.tar.zst";
  String sha256 = Cases.SHA;
  Firmware firmware = Firmware.UEFI;

  InstallConfig config() {
    NetInterface eth0 = new NetInterface("eth0", InterfaceKind.ETHERNET, eth0Mac, List.of(), null, null, null, false,
        List.of(), null, null, List.of());
    NetInterface eth1 = new NetInterface("eth1", InterfaceKind.ETHERNET, null, List.of(), null, null, null, false,
        List.of(), null, null, List.of());
    NetInterface bond = new NetInterface(bondName, InterfaceKind.BOND, null, List.of("eth0", "eth1"), bondMode, null,
        null, false, List.of(), null, 9000, List.of());
    NetInterface vlan = new NetInterface("vlan20", InterfaceKind.VLAN, null, List.of(), null, vlanParent, 20, false,
        List.of(address), gateway, null, List.of(new Route(routeTo, routeVia)));
    Network network = new Network(List.of(eth0, eth1, bond, vlan), List.of(nameserver), List.of(searchDomain));
    Server server = new Server("vm1", hostname, domain, Architecture.X86_64, firmware,
        List.of(new Nic("eth0", nicMac), new Nic("eth1", Cases.MAC1)), network, null, List.of(serverLabel), null, null);
    DiskLayout disk = new DiskLayout(device, DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "ext4", null),
        new Partition(srvMount, Size.parse("10GiB"), srvFstype, null),
        new Partition(null, Size.remaining(), null, "data")),
        List.of(new VolumeGroup(vgName, List.of(new LogicalVolume(lvName, "/", Size.remaining(), "ext4")))));
    Profile profile = new Profile("rich", "debian-12", InstallMethod.ROOTFS, disk, null, rootHash,
        List.of(new User(user, fullName, userHash, List.of(group), List.of(sshKey), true)), List.of(), null, null,
        timezone, List.of(), List.of(profileLabel), List.of(KernelArg.of(argKey, argValue)), console,
        new Enrollment(role, environment, true), Map.of());
    Image image = new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(null, List.of(), null, null, null, null, null, rootfs, sha256)), null);
    return Fixtures.config(server, profile, image);
  }
}
