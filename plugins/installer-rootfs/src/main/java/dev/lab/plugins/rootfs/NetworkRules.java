package dev.lab.plugins.rootfs;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the systemd-networkd files accept from the effective network: every value is checked to be
 * one word of its syntax, so nothing can add a line or a section to a generated file.
 */
final class NetworkRules {
  private static final Set<String> BOND_MODES = Set.of("balance-rr", "active-backup", "balance-xor", "broadcast",
      "802.3ad", "balance-tlb", "balance-alb");

  private NetworkRules() {}

  static List<Problem> check(InstallConfig config) {
    Network network = config.network();
    String base = config.server().network() != null ? "server.network" : "profile.network";
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    network.interfaces().forEach(i -> names.add(i.name()));
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < network.interfaces().size(); n++) {
      NetInterface i = network.interfaces().get(n);
      String at = base + ".interfaces[" + n + "]";
      if (!Syntax.interfaceName(i.name()) || !seen.add(i.name())) {
        problems.add(Problem.of(at + ".name", "an interface name is 1 to 15 letters, digits, '_', '.' and '-',"
            + " unique in the network"));
      }
      if (i.kind() == InterfaceKind.ETHERNET) {
        if (i.mac() == null) {
          problems.add(Problem.of(at + ".mac", "the rootfs deploy names NICs by MAC: give " + i.name() + " a mac,"
              + " or name it like one of the server's nics"));
        } else if (!Syntax.mac(i.mac())) {
          problems.add(Problem.of(at + ".mac", "a MAC is six hex pairs joined by ':'"));
        }
      }
      if (i.kind() == InterfaceKind.BOND) {
        if (i.members().isEmpty() || !names.containsAll(i.members())) {
          problems.add(Problem.of(at + ".members", "a bond's members are interfaces of the same network"));
        }
        if (i.bondMode() != null && !BOND_MODES.contains(i.bondMode())) {
          problems.add(Problem.of(at + ".bondMode", "a bond mode is one of " + BOND_MODES.stream().sorted().toList()));
        }
      }
      if (i.kind() == InterfaceKind.VLAN) {
        if (i.parent() == null || !names.contains(i.parent())) {
          problems.add(Problem.of(at + ".parent", "a VLAN's parent is an interface of the same network"));
        }
        if (i.vlanId() == null || i.vlanId() < 1 || i.vlanId() > 4094) {
          problems.add(Problem.of(at + ".vlanId", "a VLAN id is between 1 and 4094"));
        }
      }
      for (int a = 0; a < i.addresses().size(); a++) {
        if (!Syntax.ipv4Cidr(i.addresses().get(a))) {
          problems.add(Problem.of(at + ".addresses[" + a + "]", "an address is IPv4 with a prefix, such as 192.0.2.10/24"));
        }
      }
      if (i.gateway4() != null && !Syntax.ipv4(i.gateway4())) {
        problems.add(Problem.of(at + ".gateway4", "a gateway is an IPv4 address"));
      }
      if (i.mtu() != null && (i.mtu() < 68 || i.mtu() > 65535)) {
        problems.add(Problem.of(at + ".mtu", "an MTU is between 68 and 65535"));
      }
      for (int r = 0; r < i.routes().size(); r++) {
        Route route = i.routes().get(r);
        if (!Syntax.ipv4Cidr(route.to()) || !Syntax.ipv4(route.via())) {
          problems.add(Problem.of(at + ".routes[" + r + "]", "a route goes to an IPv4 network (CIDR) via an IPv4 address"));
        }
      }
    }
    for (int n = 0; n < network.nameservers().size(); n++) {
      if (!Syntax.ipv4(network.nameservers().get(n))) {
        problems.add(Problem.of(base + ".nameservers[" + n + "]", "a DNS server is an IPv4 address"));
      }
    }
    for (int n = 0; n < network.searchDomains().size(); n++) {
      if (!Syntax.domain(network.searchDomains().get(n))) {
        problems.add(Problem.of(base + ".searchDomains[" + n + "]", "a search domain is DNS labels joined by '.'"));
      }
    }
    return problems;
  }
}
