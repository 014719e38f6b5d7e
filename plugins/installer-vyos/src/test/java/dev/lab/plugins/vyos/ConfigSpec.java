package dev.lab.plugins.vyos;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import dev.lab.testkit.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A rich, valid configuration (static ethernet with a route, a bond, a VLAN on the bond, a user
 * with a password and a key, every system setting) whose parts tests replace one at a time.
 */
final class ConfigSpec {
  String hostname = "rtr02";
  String domain = "lab.example";
  List<String> serverLabels = List.of("rack1");
  List<String> labels = List.of("edge");
  String userName = "ops";
  String fullName = "Network Operations";
  String hash = VyosFixtures.SHA512;
  List<String> groups = List.of();
  String key = VyosFixtures.ALICE_KEY;
  String timezone = "Europe/Paris";
  List<String> ntp = List.of("ntp1.lab.example");
  String locale = "en_US.UTF-8";
  String keyboard = "fr";
  String serial = "ttyS0,115200";
  List<String> packages = List.of();
  String argKey = "loglevel";
  String argValue = "7";
  String sshPort = "2222";
  String role = "router";
  String environment = "production";
  String eth0 = "eth0";
  String mac0 = VyosFixtures.MAC0;
  String address = "192.0.2.10/24";
  String gateway = "192.0.2.1";
  String routeTo = "10.20.0.0/16";
  String routeVia = "192.0.2.254";
  String bondMode = "802.3ad";
  String member = "eth2";
  String vlanParent = "bond0";
  String nameserver = "192.0.2.53";
  String search = "lab.example";
  String version = "1.4.0";
  Architecture arch = Architecture.X86_64;
  Firmware firmware = Firmware.UEFI;
  DiskLayout disk = DiskLayout.automatic();
  String rootHash;
  boolean sudo = true;
  ImageArtifacts artifacts;

  InstallConfig build() {
    List<NetInterface> interfaces = new ArrayList<>();
    interfaces.add(new NetInterface(eth0, InterfaceKind.ETHERNET, mac0, List.of(), null, null, null, false,
        List.of(address), gateway, 9000, List.of(new Route(routeTo, routeVia))));
    interfaces.add(VyosFixtures.member("eth1", VyosFixtures.MAC1));
    interfaces.add(VyosFixtures.member("eth2", "52:54:00:12:34:58"));
    interfaces.add(new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth1", member), bondMode, null,
        null, false, List.of("203.0.113.10/28"), null, null, List.of()));
    interfaces.add(new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, vlanParent, 20, true,
        List.of(), null, null, List.of()));
    Network network = new Network(interfaces, List.of(nameserver), List.of(search));
    Server server = new Server("rtr02", hostname, domain, arch, firmware,
        List.of(new Nic("eth0", VyosFixtures.MAC0)), network, null, serverLabels, null, null);
    User user = new User(userName, fullName, hash, groups, List.of(key), sudo);
    Profile profile = new Profile("router", "vyos-1.4", InstallMethod.NATIVE, disk, null, rootHash,
        List.of(user), packages, locale, keyboard, timezone, ntp, labels,
        List.of(KernelArg.flag("quiet"), KernelArg.of(argKey, argValue)), serial,
        new Enrollment(role, environment, true), Map.of("vyos.ssh.port", sshPort));
    Image base = VyosFixtures.image();
    Map<Architecture, ImageArtifacts> arches = new EnumMap<>(Architecture.class);
    arches.putAll(base.architectures());
    if (artifacts != null || !arches.containsKey(arch)) {
      arches.put(arch, artifacts != null ? artifacts : base.architectures().get(Architecture.X86_64));
    }
    Image image = new Image(base.name(), base.os(), version, null, arches, null);
    return Fixtures.config(server, profile, image);
  }
}
