package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the effective network against what netplan v2 in subiquity's {@code network} section can
 * express: ethernets matched by MAC, bonds of ethernets, VLANs on ethernets or bonds.
 */
final class NetworkRules {
  private static final int MIN_MTU = 68;
  private static final int MAX_MTU = 65535;

  private NetworkRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Network network = config.network();
    NetworkSource at = NetworkSource.of(config);
    if (network.interfaces().isEmpty()) {
      problems.add(Problem.of("server.nics", "the installer needs a network interface to fetch the ISO and"
          + " its answer file: list the server's NICs"));
    }
    Set<String> names = new HashSet<>();
    Map<String, String> bondOf = new HashMap<>();
    boolean gateway = false;
    for (int i = 0; i < network.interfaces().size(); i++) {
      NetInterface nic = network.interfaces().get(i);
      if (!Syntax.interfaceName(nic.name())) {
        problems.add(Problem.of(at.iface(i, "name"), "must be an interface name: a letter or digit, then"
            + " letters, digits, '_', '.' or '-', at most 15 characters"));
      } else if (nic.kind() == InterfaceKind.ETHERNET && nic.name().equals("match")) {
        problems.add(Problem.of(at.iface(i, "name"), "'match' cannot name an ethernet interface: subiquity's"
            + " schema reads it as netplan's match keyword"));
      } else if (!names.add(nic.name())) {
        problems.add(Problem.of(at.iface(i, "name"), "interface '" + nic.name() + "' is configured twice"));
      }
      switch (nic.kind()) {
        case ETHERNET -> checkEthernet(nic, i, at, problems);
        case BOND -> checkBond(network, nic, i, at, bondOf, problems);
        case VLAN -> checkVlan(network, nic, i, at, problems);
      }
      checkAddressing(nic, i, at, problems);
      if (nic.gateway4() != null) {
        if (gateway) {
          problems.add(Problem.of(at.iface(i, "gateway4"), "a second default gateway: only one interface"
              + " can carry the default route"));
        }
        gateway = true;
      }
    }
    if (!network.interfaces().isEmpty() && network.primary().isEmpty()) {
      problems.add(Problem.of(at.interfaces(), "no interface takes an address: the installer needs DHCP or a"
          + " static address to fetch the ISO and its answer file"));
    }
    for (int j = 0; j < network.nameservers().size(); j++) {
      if (!Syntax.ip(network.nameservers().get(j))) {
        problems.add(Problem.of(at.dns("nameservers[" + j + "]"), "must be an IPv4 or IPv6 address"));
      }
    }
    for (int j = 0; j < network.searchDomains().size(); j++) {
      if (!Syntax.domain(network.searchDomains().get(j))) {
        problems.add(Problem.of(at.dns("searchDomains[" + j + "]"), "must be a DNS domain"));
      }
    }
  }

  private static void checkEthernet(NetInterface nic, int i, NetworkSource at, List<Problem> problems) {
    if (nic.mac() == null) {
      problems.add(Problem.of(at.iface(i, "mac"), "an ethernet interface needs a MAC (netplan matches it by"
          + " MAC): give one, or name one of the server's NICs"));
    } else if (!Syntax.mac(nic.mac())) {
      problems.add(Problem.of(at.iface(i, "mac"), "must be a MAC address such as 52:54:00:12:34:56"));
    }
  }

  private static void checkBond(Network network, NetInterface bond, int i, NetworkSource at,
      Map<String, String> bondOf, List<Problem> problems) {
    if (bond.members().isEmpty()) {
      problems.add(Problem.of(at.iface(i, "members"), "a bond needs at least one member interface"));
    }
    for (int j = 0; j < bond.members().size(); j++) {
      String member = bond.members().get(j);
      String path = at.iface(i, "members[" + j + "]");
      NetInterface m = network.find(member).orElse(null);
      if (m == null || m.kind() != InterfaceKind.ETHERNET) {
        problems.add(Problem.of(path, "must name an ethernet interface of this network"));
      } else if (bondOf.containsKey(member)) {
        problems.add(Problem.of(path, "interface '" + member + "' is already a member of bond '"
            + bondOf.get(member) + "'"));
      } else {
        bondOf.put(member, bond.name());
        if (!m.unaddressed() || m.gateway4() != null || !m.routes().isEmpty()) {
          problems.add(Problem.of(path, "member '" + member + "' has addressing of its own: a bond member"
              + " carries no address, gateway or route (give them to the bond)"));
        }
      }
    }
    if (bond.bondMode() != null && !BondParameter.MODES.contains(bond.bondMode())) {
      problems.add(Problem.of(at.iface(i, "bondMode"), "must be one of " + new TreeSet<>(
          BondParameter.MODES)));
    }
  }

  private static void checkVlan(Network network, NetInterface vlan, int i, NetworkSource at,
      List<Problem> problems) {
    if (vlan.vlanId() == null || vlan.vlanId() < 1 || vlan.vlanId() > 4094) {
      problems.add(Problem.of(at.iface(i, "vlanId"), "a VLAN needs an 802.1Q id from 1 to 4094"));
    }
    NetInterface parent = vlan.parent() == null ? null : network.find(vlan.parent()).orElse(null);
    if (parent == null || parent.kind() == InterfaceKind.VLAN) {
      problems.add(Problem.of(at.iface(i, "parent"), "a VLAN needs a parent: an ethernet or bond interface of"
          + " this network"));
    }
  }

  private static void checkAddressing(NetInterface nic, int i, NetworkSource at, List<Problem> problems) {
    for (int j = 0; j < nic.addresses().size(); j++) {
      if (!Syntax.cidr(nic.addresses().get(j))) {
        problems.add(Problem.of(at.iface(i, "addresses[" + j + "]"), "must be an address with a prefix"
            + " length, such as 192.0.2.10/24"));
      }
    }
    if (nic.gateway4() != null && !Syntax.ipv4(nic.gateway4())) {
      problems.add(Problem.of(at.iface(i, "gateway4"), "must be an IPv4 address"));
    }
    if (nic.mtu() != null && (nic.mtu() < MIN_MTU || nic.mtu() > MAX_MTU)) {
      problems.add(Problem.of(at.iface(i, "mtu"), "must be from " + MIN_MTU + " to " + MAX_MTU));
    }
    for (int j = 0; j < nic.routes().size(); j++) {
      Route r = nic.routes().get(j);
      if (r.to() == null || !Syntax.cidr(r.to())) {
        problems.add(Problem.of(at.iface(i, "routes[" + j + "].to"), "must be a network such as"
            + " 10.20.0.0/16"));
      }
      if (r.via() == null || !Syntax.ip(r.via())) {
        problems.add(Problem.of(at.iface(i, "routes[" + j + "].via"), "must be an IP address"));
      }
    }
  }
}
