package dev.lab.plugins.preseed;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What netcfg and ifupdown can do with the machine's network, checked before rendering. */
final class NetworkRules {
  private static final Set<String> BOND_MODES = Set.of("balance-rr", "active-backup", "balance-xor",
      "broadcast", "802.3ad", "balance-tlb", "balance-alb");

  private final InstallConfig config;
  private final String path;
  private final List<Problem> problems = new ArrayList<>();

  private NetworkRules(InstallConfig config) {
    this.config = config;
    this.path = source(config);
  }

  /** @return where the effective network was written: the server's, the profile's, or the NICs */
  static String source(InstallConfig config) {
    if (config.server().network() != null && !config.server().network().interfaces().isEmpty()) {
      return "server.network";
    }
    if (config.profile().network() != null && !config.profile().network().interfaces().isEmpty()) {
      return "profile.network";
    }
    return "server.nics";
  }

  static List<Problem> check(InstallConfig config) {
    NetworkRules rules = new NetworkRules(config);
    rules.run();
    return rules.problems;
  }

  private void run() {
    Network network = config.network();
    if (network.interfaces().isEmpty()) {
      problems.add(Problem.of(path, "no network interface: debian-installer needs one to fetch preseed.cfg"));
      return;
    }
    Map<String, NetInterface> byName = network.interfaces().stream()
        .collect(Collectors.toMap(NetInterface::name, Function.identity(), (a, b) -> a));
    Set<String> names = new HashSet<>();
    Set<String> bondMembers = new HashSet<>();
    for (int i = 0; i < network.interfaces().size(); i++) {
      NetInterface nic = network.interfaces().get(i);
      String at = path + (path.equals("server.nics") ? "[" + i + "]" : ".interfaces[" + i + "]");
      if (!Syntax.interfaceName(nic.name())) {
        problems.add(Problem.of(at + ".name", "an interface name is 1 to 15 letters, digits, '.', '_' or '-'"));
      } else if (!names.add(nic.name())) {
        problems.add(Problem.of(at + ".name", "interface " + nic.name() + " is configured twice"));
      }
      switch (nic.kind()) {
        case ETHERNET -> {
          if (!Syntax.mac(nic.mac())) {
            problems.add(Problem.of(macPath(i, nic, at), nic.mac() == null
                ? "no MAC address: name a NIC of the server or give its MAC" : "not a MAC address such as 52:54:00:12:34:56"));
          }
        }
        case BOND -> bond(nic, at, byName, bondMembers);
        case VLAN -> vlan(nic, at, byName);
      }
      addresses(nic, at);
    }
    for (int i = 0; i < network.interfaces().size(); i++) {
      NetInterface nic = network.interfaces().get(i);
      if (bondMembers.contains(nic.name()) && !nic.unaddressed()) {
        problems.add(Problem.of(path + ".interfaces[" + i + "].addresses",
            nic.name() + " is a bond member and cannot have addresses or DHCP of its own"));
      }
    }
    long gateways = network.interfaces().stream().filter(n -> n.gateway4() != null).count();
    if (gateways > 1) {
      problems.add(Problem.of(path + ".interfaces", "more than one interface has a default gateway (gateway4)"));
    }
    Optional<NetInterface> primary = network.primary();
    if (primary.isEmpty()) {
      problems.add(Problem.of(path + ".interfaces", "no interface has DHCP or an address: the installer could not"
          + " reach Lab"));
    } else if (network.interfaces().stream().noneMatch(NetInterface::dhcp4) && network.nameservers().isEmpty()) {
      problems.add(Problem.of(path + ".nameservers", "a static network needs name servers: netcfg would stop"
          + " and ask for them"));
    }
    for (int i = 0; i < network.nameservers().size(); i++) {
      if (!Syntax.ipAddress(network.nameservers().get(i))) {
        problems.add(Problem.of(path + ".nameservers[" + i + "]", "not an IP address"));
      }
    }
    for (int i = 0; i < network.searchDomains().size(); i++) {
      if (!Syntax.domain(network.searchDomains().get(i))) {
        problems.add(Problem.of(path + ".searchDomains[" + i + "]", "not a DNS domain name"));
      }
    }
  }

  /**
   * @return where an interface's MAC was written: on the interface, or (when the network names the
   *     NIC and the host filled the MAC in) on the server's NIC of that name
   */
  private String macPath(int index, NetInterface nic, String at) {
    Network written = path.equals("server.network") ? config.server().network()
        : path.equals("profile.network") ? config.profile().network() : null;
    if (written != null && written.interfaces().get(index).mac() != null) {
      return at + ".mac";
    }
    for (int n = 0; n < config.server().nics().size(); n++) {
      if (config.server().nics().get(n).name().equals(nic.name())) {
        return "server.nics[" + n + "].mac";
      }
    }
    return at + ".mac";
  }

  private void bond(NetInterface bond, String at, Map<String, NetInterface> byName, Set<String> members) {
    if (bond.members().isEmpty()) {
      problems.add(Problem.of(at + ".members", "a bond needs at least one member NIC"));
    }
    for (int m = 0; m < bond.members().size(); m++) {
      NetInterface member = byName.get(bond.members().get(m));
      if (member == null || member.kind() != InterfaceKind.ETHERNET) {
        problems.add(Problem.of(at + ".members[" + m + "]", "not the name of a NIC configured in this network"));
      } else if (!members.add(member.name())) {
        problems.add(Problem.of(at + ".members[" + m + "]", member.name() + " is already a member of a bond"));
      }
    }
    if (bond.bondMode() != null && !BOND_MODES.contains(bond.bondMode())) {
      problems.add(Problem.of(at + ".bondMode", "not a Linux bonding mode; use one of " + BOND_MODES));
    }
  }

  private void vlan(NetInterface vlan, String at, Map<String, NetInterface> byName) {
    NetInterface parent = vlan.parent() == null ? null : byName.get(vlan.parent());
    if (parent == null) {
      problems.add(Problem.of(at + ".parent", "a VLAN needs the name of an interface configured in this network"));
    }
    if (vlan.vlanId() == null || vlan.vlanId() < 1 || vlan.vlanId() > 4094) {
      problems.add(Problem.of(at + ".vlanId", "a VLAN id is 1 to 4094"));
    } else if (parent != null && !vlan.name().equals(parent.name() + "." + vlan.vlanId())
        && !vlan.name().equals("vlan" + vlan.vlanId())) {
      problems.add(Problem.of(at + ".name", "ifupdown takes the VLAN id from the interface name: name it "
          + parent.name() + "." + vlan.vlanId() + " or vlan" + vlan.vlanId()));
    }
  }

  private void addresses(NetInterface nic, String at) {
    if (nic.dhcp4() && !nic.addresses().isEmpty()) {
      problems.add(Problem.of(at + ".addresses", "choose DHCP or static addresses, not both"));
    }
    List<Cidr> parsed = new ArrayList<>();
    for (int a = 0; a < nic.addresses().size(); a++) {
      Optional<Cidr> cidr = Cidr.parse(nic.addresses().get(a));
      if (cidr.isEmpty() || cidr.get().prefix() == 0) {
        problems.add(Problem.of(at + ".addresses[" + a + "]", "not an IPv4 address with a prefix such as 192.0.2.10/24"));
      } else {
        parsed.add(cidr.get());
      }
    }
    if (nic.gateway4() != null) {
      if (!Syntax.ipv4(nic.gateway4())) {
        problems.add(Problem.of(at + ".gateway4", "not an IPv4 address"));
      } else if (!nic.dhcp4() && !parsed.isEmpty() && parsed.stream().noneMatch(c -> c.contains(nic.gateway4()))) {
        problems.add(Problem.of(at + ".gateway4", "the gateway is outside the interface's networks: netcfg"
            + " would stop and ask for another"));
      } else if (nic.unaddressed()) {
        problems.add(Problem.of(at + ".gateway4", "a gateway needs DHCP or a static address on the interface"));
      }
    }
    if (nic.mtu() != null && (nic.mtu() < 576 || nic.mtu() > 65535)) {
      problems.add(Problem.of(at + ".mtu", "an MTU is 576 to 65535"));
    }
    for (int r = 0; r < nic.routes().size(); r++) {
      Route route = nic.routes().get(r);
      if (Cidr.parse(route.to()).isEmpty()) {
        problems.add(Problem.of(at + ".routes[" + r + "].to", "not an IPv4 network such as 10.20.0.0/16"));
      }
      if (!Syntax.ipv4(route.via())) {
        problems.add(Problem.of(at + ".routes[" + r + "].via", "not an IPv4 address"));
      }
    }
  }
}
