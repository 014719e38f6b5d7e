package dev.lab.plugins.kickstart;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the effective network against what kickstart's {@code network} command and the
 * installer's boot arguments can express.
 */
final class NetworkCheck {
  private static final Set<String> RESERVED_NAMES = Set.of("link", "bootif", "lo", "ibft");

  private final Network network;
  private final NetworkLayout layout;
  private final NetworkPaths paths;
  private final Problems problems;

  private NetworkCheck(InstallConfig config, Problems problems) {
    this.network = config.network();
    this.layout = new NetworkLayout(network);
    this.paths = NetworkPaths.of(config.server(), config.profile());
    this.problems = problems;
  }

  static void check(InstallConfig config, Problems problems) {
    new NetworkCheck(config, problems).run();
  }

  private void run() {
    List<NetInterface> interfaces = network.interfaces();
    if (interfaces.isEmpty()) {
      problems.add(paths.interfaces(), "no network interface: the installer needs one to fetch its kickstart");
      return;
    }
    Set<String> names = new HashSet<>();
    Set<String> macs = new HashSet<>();
    Set<String> bondMembers = new HashSet<>();
    Set<String> vlanParents = new HashSet<>();
    boolean gatewaySeen = false;
    for (int i = 0; i < interfaces.size(); i++) {
      NetInterface n = interfaces.get(i);
      checkName(n, i, names);
      switch (n.kind()) {
        case ETHERNET -> checkEthernet(n, i, macs);
        case BOND -> checkBond(n, i, bondMembers);
        case VLAN -> checkVlan(n, i, vlanParents);
      }
      checkKindFields(n, i);
      checkAddressing(n, i);
      if (n.gateway4() != null) {
        problems.require(!gatewaySeen, paths.iface(i, "gateway4"),
            "only one interface can carry the default IPv4 gateway");
        gatewaySeen = true;
      }
      if (n.mtu() != null) {
        problems.require(n.mtu() >= 68 && n.mtu() <= 65535, paths.iface(i, "mtu"),
            "an MTU must be between 68 and 65535");
      }
      problems.require(n.routes().isEmpty(), paths.iface(i, "routes"),
          "kickstart's network command cannot set static routes: leave them to configuration management");
    }
    if (layout.primary().isEmpty()) {
      problems.add(paths.interfaces(),
          "no interface has an address (DHCP or static): the installer needs one to fetch its kickstart");
    }
    checkDns();
  }

  private void checkName(NetInterface n, int i, Set<String> names) {
    String path = paths.iface(i, "name");
    if (!Syntax.matches(Syntax.INTERFACE, n.name()) || RESERVED_NAMES.contains(n.name().toLowerCase(Locale.ROOT))) {
      problems.add(path, Syntax.show(n.name()) + " is not an interface name: use up to 15 letters, digits, '_', '.'"
          + " or '-' (and not link, bootif, ibft or lo)");
    } else {
      problems.require(names.add(n.name()), path, "another interface is also named " + Syntax.show(n.name()));
    }
  }

  private void checkEthernet(NetInterface n, int i, Set<String> macs) {
    String path = paths.iface(i, "mac");
    if (n.mac() == null) {
      problems.add(path, "interface " + Syntax.show(n.name()) + " has no MAC: name one of the server's NICs or give its MAC");
    } else if (!Syntax.matches(Syntax.MAC, n.mac())) {
      problems.add(path, Syntax.show(n.mac()) + " is not a MAC address such as 52:54:00:12:34:56");
    } else {
      problems.require(macs.add(n.mac().toLowerCase(Locale.ROOT)), path, "another interface has the MAC " + n.mac());
    }
    Optional<NetInterface> bond = layout.bondOf(n);
    if (bond.isPresent()) {
      String bondName = bond.get().name();
      problems.require(!n.dhcp4(), paths.iface(i, "dhcp4"),
          "a member of bond " + bondName + " has no address of its own: configure DHCP on the bond");
      problems.require(n.addresses().isEmpty(), paths.iface(i, "addresses"),
          "a member of bond " + bondName + " has no address of its own: put the addresses on the bond");
      problems.require(n.mtu() == null, paths.iface(i, "mtu"),
          "kickstart sets the MTU of bond " + bondName + ", not of its members: set it on the bond");
    }
  }

  private void checkBond(NetInterface n, int i, Set<String> bondMembers) {
    if (n.members().isEmpty()) {
      problems.add(paths.iface(i, "members"), "bond " + Syntax.show(n.name()) + " has no members");
    }
    for (int j = 0; j < n.members().size(); j++) {
      String member = n.members().get(j);
      String path = paths.iface(i, "members[" + j + "]");
      Optional<NetInterface> target = layout.find(member);
      if (target.isEmpty()) {
        problems.add(path, "no interface is named " + Syntax.show(member));
      } else if (target.get().kind() != InterfaceKind.ETHERNET) {
        problems.add(path, Syntax.show(member) + " is a " + target.get().kind() + ": a bond's members are ethernet interfaces");
      } else {
        problems.require(bondMembers.add(member), path, Syntax.show(member) + " is already a member of another bond");
      }
    }
    if (n.bondMode() != null) {
      problems.require(Syntax.BOND_MODES.contains(n.bondMode()), paths.iface(i, "bondMode"),
          Syntax.show(n.bondMode()) + " is not a bond mode: use one of " + sorted(Syntax.BOND_MODES));
    }
    if (layout.bondCarriedByVlan(n)) {
      problems.require(n.mtu() == null, paths.iface(i, "mtu"),
          "kickstart writes bond " + n.name() + " together with the VLAN on it and cannot set the bond's MTU there");
    }
  }

  private void checkVlan(NetInterface n, int i, Set<String> vlanParents) {
    String parentPath = paths.iface(i, "parent");
    if (n.vlanId() == null || n.vlanId() < 1 || n.vlanId() > 4094) {
      problems.add(paths.iface(i, "vlanId"), "a VLAN needs an id between 1 and 4094");
    } else if (Syntax.matches(Syntax.INTERFACE, n.name())) {
      checkVlanName(n, i);
    }
    if (n.parent() == null) {
      problems.add(parentPath, "VLAN " + Syntax.show(n.name()) + " needs a parent interface");
      return;
    }
    Optional<NetInterface> parent = layout.find(n.parent());
    if (parent.isEmpty()) {
      problems.add(parentPath, "no interface is named " + Syntax.show(n.parent()));
      return;
    }
    NetInterface p = parent.get();
    if (p.kind() == InterfaceKind.VLAN) {
      problems.add(parentPath, "kickstart cannot put a VLAN on VLAN " + Syntax.show(p.name()));
    } else if (layout.bondOf(p).isPresent()) {
      problems.add(parentPath, Syntax.show(p.name()) + " is a member of bond " + layout.bondOf(p).get().name()
          + ": put the VLAN on the bond");
    } else if (!vlanParents.add(p.name())) {
      problems.add(parentPath, "kickstart configures one VLAN per parent interface (pykickstart refuses a second"
          + " network command for the same device), and " + Syntax.show(p.name()) + " already has one");
    } else if (p.kind() == InterfaceKind.BOND && !p.unaddressed()) {
      problems.add(parentPath, "kickstart writes a VLAN on a bond in the same network command as the bond, so"
          + " bond " + p.name() + " cannot have an address of its own: move it to the VLAN");
    }
  }

  private void checkVlanName(NetInterface n, int i) {
    String name = n.name();
    int dot = name.lastIndexOf('.');
    boolean ok;
    if (dot >= 0) {
      ok = name.substring(dot + 1).equals(String.valueOf(n.vlanId()));
    } else if (name.startsWith("vlan")) {
      ok = name.equals("vlan" + n.vlanId());
    } else {
      ok = true;
    }
    problems.require(ok, paths.iface(i, "name"), "the installer names a VLAN with a dot PARENT." + n.vlanId()
        + ", or vlan" + n.vlanId() + ", or a name without a dot that does not start with 'vlan'");
  }

  private void checkKindFields(NetInterface n, int i) {
    if (n.kind() != InterfaceKind.BOND) {
      problems.require(n.members().isEmpty(), paths.iface(i, "members"), "only a bond has members");
      problems.require(n.bondMode() == null, paths.iface(i, "bondMode"), "only a bond has a bond mode");
    }
    if (n.kind() != InterfaceKind.VLAN) {
      problems.require(n.parent() == null, paths.iface(i, "parent"), "only a VLAN has a parent interface");
      problems.require(n.vlanId() == null, paths.iface(i, "vlanId"), "only a VLAN has a VLAN id");
    }
    if (n.kind() != InterfaceKind.ETHERNET) {
      problems.require(n.mac() == null, paths.iface(i, "mac"),
          "kickstart cannot set the MAC of a " + n.kind() + ": only ethernet interfaces are matched by MAC");
    }
  }

  private void checkAddressing(NetInterface n, int i) {
    int v4 = 0;
    int v6 = 0;
    for (int j = 0; j < n.addresses().size(); j++) {
      Optional<Ip> ip = Ip.parseCidr(n.addresses().get(j));
      if (ip.isEmpty()) {
        problems.add(paths.iface(i, "addresses[" + j + "]"),
            Syntax.show(n.addresses().get(j)) + " is not an address in CIDR notation such as 192.0.2.10/24");
      } else if (ip.get().v6()) {
        v6++;
      } else {
        v4++;
      }
    }
    String addressesPath = paths.iface(i, "addresses");
    problems.require(v4 <= 1, addressesPath, "kickstart gives an interface one static IPv4 address");
    problems.require(v6 <= 1, addressesPath, "kickstart gives an interface one static IPv6 address");
    problems.require(!(n.dhcp4() && v4 > 0), addressesPath,
        "kickstart configures IPv4 by DHCP or with a static address, not both");
    if (n.gateway4() != null) {
      String path = paths.iface(i, "gateway4");
      if (!Ip.isV4(n.gateway4())) {
        problems.add(path, Syntax.show(n.gateway4()) + " is not an IPv4 address");
      } else {
        problems.require(v4 == 1 && !n.dhcp4(), path, "a gateway needs a static IPv4 address on the interface");
      }
    }
  }

  private void checkDns() {
    for (int j = 0; j < network.nameservers().size(); j++) {
      String ns = network.nameservers().get(j);
      problems.require(Ip.isAddress(ns), paths.dns("nameservers", j), Syntax.show(ns) + " is not an IP address");
    }
    for (int j = 0; j < network.searchDomains().size(); j++) {
      String domain = network.searchDomains().get(j);
      problems.require(Syntax.dnsName(domain), paths.dns("searchDomains", j), Syntax.show(domain) + " is not a DNS domain");
    }
  }

  static String sorted(Set<String> values) {
    return String.join(", ", new java.util.TreeSet<>(values));
  }
}
