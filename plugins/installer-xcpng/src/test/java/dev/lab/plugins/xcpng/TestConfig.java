package dev.lab.plugins.xcpng;

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
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.core.install.EnrollmentSettings;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.testkit.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable recipe for one XCP-ng install configuration, built the way the host builds it: change a
 * field, then {@link #build()}. The defaults are a valid fresh install of xcp01 on sda with DHCP on
 * its first NIC and enrollment.
 */
final class TestConfig {
  static final String HASH = "$6$labsalt01$SWceOHwUXzl0kYWAZHHvsIoQAu074TPyQACb8LK9lMb8QOmfrIUvigJrvZYITzxN2P9rcR38UWGPPc/x2lnZY.";

  String name = "xcp01";
  String hostname = "xcp01";
  String domain = "lab.example";
  Architecture arch = Architecture.X86_64;
  Firmware firmware = Firmware.UEFI;
  /** The MACs of eth0 and eth1 in the conformance kit's stub NIC table, so it resolves them. */
  List<Nic> nics = List.of(new Nic("eth0", "52:54:00:00:00:01"), new Nic("eth1", "52:54:00:00:00:02"));
  Network serverNetwork;
  Network profileNetwork;
  List<String> serverLabels = List.of("rack1");

  InstallMethod method = InstallMethod.NATIVE;
  String device = "sda";
  DiskLayoutKind layout = DiskLayoutKind.XCPNG;
  List<Partition> partitions = List.of();
  List<VolumeGroup> volumeGroups = List.of();
  String rootPasswordHash = HASH;
  List<User> users = List.of();
  List<String> packages = List.of();
  String keyboard = "us";
  String timezone = "Europe/Paris";
  List<String> ntpServers = List.of();
  List<String> labels = List.of("xen-host");
  List<KernelArg> kernelArgs = List.of();
  String serialConsole;
  Enrollment enrollment = new Enrollment("xen_host", "production", true);
  Map<String, String> options = new LinkedHashMap<>();

  String version = "8.3";
  String kernel = "xcpng-8.3/boot/vmlinuz";
  String hypervisor = "xcpng-8.3/boot/xen.gz";
  String installImage = "xcpng-8.3/install.img";
  String repository = "http://mirror.lab.example/xcp-ng/8.3/";
  String puppetServer = "puppet.lab.example";
  String packageRepository;

  /** @return the configuration the host would build, with Lab's preview tokens */
  InstallConfig build() {
    Server server = new Server(name, hostname, domain, arch, firmware, nics, serverNetwork, null,
        serverLabels, null, null);
    Profile profile = new Profile("xcp", "xcpng-8.3", method,
        new DiskLayout(device, layout, partitions, volumeGroups), profileNetwork, rootPasswordHash, users,
        packages, null, keyboard, timezone, ntpServers, labels, kernelArgs, serialConsole, enrollment,
        options);
    Map<Architecture, ImageArtifacts> artifacts = new EnumMap<>(Architecture.class);
    for (Architecture a : List.of(Architecture.X86_64, Architecture.AARCH64)) {
      artifacts.put(a, new ImageArtifacts(kernel, List.of(), repository, null, null, hypervisor,
          installImage, null, null));
    }
    Image image = new Image("xcpng-8.3", "xcpng", version, null, artifacts, null);
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview(Fixtures.BASE_URL),
        new EnrollmentSettings(puppetServer, packageRepository), null);
  }

  /** Static addressing on eth0. */
  TestConfig staticAddress() {
    serverNetwork = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(),
        null, null, null, false, List.of("192.0.2.10/24"), "192.0.2.1", null, List.of())),
        List.of("192.0.2.53", "2001:db8::53"), List.of("lab.example"));
    return this;
  }

  /** eth0 unaddressed, VLAN 20 on it with a static address. */
  TestConfig vlan() {
    serverNetwork = new Network(List.of(ethernet("eth0"),
        new NetInterface("eth0.20", InterfaceKind.VLAN, null, List.of(), null, "eth0", 20, false,
            List.of("198.51.100.10/24"), "198.51.100.1", null, List.of())),
        List.of("198.51.100.53"), List.of());
    return this;
  }

  /** DHCP on eth0 and eth1 bonded. */
  TestConfig bond() {
    serverNetwork = new Network(List.of(ethernet("eth0"), ethernet("eth1"),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null, null,
            true, List.of(), null, null, List.of())), List.of(), List.of());
    return this;
  }

  /** DHCP on eth0 with a static route. */
  TestConfig withRoute() {
    serverNetwork = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(),
        null, null, null, true, List.of(), null, null, List.of(new Route("10.20.0.0/16", "192.0.2.254")))),
        List.of(), List.of());
    return this;
  }

  TestConfig option(String key, String value) {
    options.put(key, value);
    return this;
  }

  /** @return the server's network with interface {@code i} replaced */
  static Network replace(Network n, int i, NetInterface with) {
    List<NetInterface> all = new ArrayList<>(n.interfaces());
    all.set(i, with);
    return new Network(all, n.nameservers(), n.searchDomains());
  }

  static NetInterface ethernet(String name) {
    return new NetInterface(name, InterfaceKind.ETHERNET, null, List.of(), null, null, null, false, List.of(),
        null, null, List.of());
  }
}
