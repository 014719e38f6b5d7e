package dev.lab.core.config;

import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a network configuration as a whole: unique interface names, properties that only fit
 * some kinds, bond members and VLAN parents that exist, gateways and routes reachable through the
 * interface's own networks, addresses that are hosts rather than networks.
 */
final class NetworkChecks {
  private final Origins origins;
  private final Problems problems;

  NetworkChecks(Origins origins, Problems problems) {
    this.origins = origins;
    this.problems = problems;
  }

  /** Checks {@code network}, written at {@code base} (for example {@code network}). */
  void check(Network network, String base) {
    Map<String, NetInterface> byName = new HashMap<>();
    Map<String, String> memberOf = new HashMap<>();
    Set<String> vlans = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    String gatewayAt = null;
    for (int i = 0; i < network.interfaces().size(); i++) {
      NetInterface nic = network.interfaces().get(i);
      String at = PropertyPath.index(PropertyPath.child(base, "interfaces"), i);
      if (byName.putIfAbsent(nic.name(), nic) != null) {
        report(PropertyPath.child(at, "name"), "interface '" + nic.name() + "' is configured twice");
      }
      kindOnly(nic, at);
      addresses(nic, at, addresses);
      if (nic.gateway4() != null) {
        if (gatewayAt != null) {
          report(PropertyPath.child(at, "gateway4"), "only one interface may have the default gateway; "
              + gatewayAt + " already has one");
        }
        gatewayAt = gatewayAt == null ? at : gatewayAt;
        reachable(nic, PropertyPath.child(at, "gateway4"), nic.gateway4());
      }
      for (int r = 0; r < nic.routes().size(); r++) {
        Route route = nic.routes().get(r);
        reachable(nic, PropertyPath.child(PropertyPath.index(PropertyPath.child(at, "routes"), r), "via"), route.via());
      }
      if (nic.kind() == InterfaceKind.VLAN && nic.parent() != null && nic.vlanId() != null
          && !vlans.add(nic.parent() + "." + nic.vlanId())) {
        report(PropertyPath.child(at, "vlanId"), "VLAN " + nic.vlanId() + " on " + nic.parent()
            + " is configured twice");
      }
    }
    for (int i = 0; i < network.interfaces().size(); i++) {
      NetInterface nic = network.interfaces().get(i);
      String at = PropertyPath.index(PropertyPath.child(base, "interfaces"), i);
      if (nic.kind() == InterfaceKind.BOND) {
        members(nic, at, byName, memberOf);
      } else if (nic.kind() == InterfaceKind.VLAN && nic.parent() != null) {
        NetInterface parent = byName.get(nic.parent());
        if (parent == null || parent.kind() == InterfaceKind.VLAN) {
          report(PropertyPath.child(at, "parent"), "no ethernet or bond interface named '" + nic.parent()
              + "' in this network" + Suggest.didYouMean(nic.parent(), names(byName, InterfaceKind.VLAN)));
        }
      }
    }
  }

  /**
   * Checks that every ethernet interface refers to one of the server's NICs: by its name when it
   * has no MAC, else by MAC.
   *
   * @return the first problem, phrased for the server that lacks the NIC; null when all exist
   */
  static String missingNic(Network network, List<Nic> nics) {
    for (NetInterface i : network.interfaces()) {
      if (i.kind() != InterfaceKind.ETHERNET) {
        continue;
      }
      if (i.mac() == null && nics.stream().noneMatch(n -> n.name().equals(i.name()))) {
        return "interface " + i.name() + " names the NIC '" + i.name() + "', which this server does not have"
            + " (its NICs: " + String.join(", ", nics.stream().map(Nic::name).toList()) + ")";
      }
      if (i.mac() != null && nics.stream().noneMatch(n -> n.mac().equals(i.mac()))) {
        return "interface " + i.name() + " has the MAC " + i.mac() + ", which no NIC of this server has";
      }
    }
    return null;
  }

  private void kindOnly(NetInterface nic, String at) {
    if (nic.kind() != InterfaceKind.ETHERNET && nic.mac() != null) {
      report(PropertyPath.child(at, "mac"), "only an ethernet interface has a MAC; a " + nic.kind()
          + " takes the MACs of its members");
    }
    if (nic.kind() != InterfaceKind.BOND) {
      if (!nic.members().isEmpty()) {
        report(PropertyPath.child(at, "members"), "only a bond has members: set kind: bond");
      }
      if (nic.bondMode() != null) {
        report(PropertyPath.child(at, "bondMode"), "only a bond has a bond mode: set kind: bond");
      }
    }
    if (nic.kind() == InterfaceKind.VLAN) {
      if (nic.parent() == null) {
        report(PropertyPath.child(at, "parent"), "is required for a VLAN: name the interface it sits on");
      }
      if (nic.vlanId() == null) {
        report(PropertyPath.child(at, "vlanId"), "is required for a VLAN: give its 802.1Q id (1 to 4094)");
      }
    } else {
      if (nic.parent() != null) {
        report(PropertyPath.child(at, "parent"), "only a VLAN has a parent: set kind: vlan");
      }
      if (nic.vlanId() != null) {
        report(PropertyPath.child(at, "vlanId"), "only a VLAN has a VLAN id: set kind: vlan");
      }
    }
  }

  private void members(NetInterface bond, String at, Map<String, NetInterface> byName,
      Map<String, String> memberOf) {
    if (bond.members().isEmpty()) {
      report(PropertyPath.child(at, "members"), "a bond needs at least one member interface");
    }
    for (int m = 0; m < bond.members().size(); m++) {
      String member = bond.members().get(m);
      String path = PropertyPath.index(PropertyPath.child(at, "members"), m);
      NetInterface target = byName.get(member);
      if (target == null || target.kind() != InterfaceKind.ETHERNET) {
        report(path, "no ethernet interface named '" + member + "' in this network"
            + Suggest.didYouMean(member, names(byName, null)) + "; list each member under interfaces");
      } else if (memberOf.putIfAbsent(member, bond.name()) != null) {
        report(path, member + " is already a member of " + memberOf.get(member));
      } else if (!target.unaddressed()) {
        report(path, member + " has an address of its own; a bond member takes none (give it to the bond)");
      }
    }
  }

  private void addresses(NetInterface nic, String at, Set<String> seen) {
    for (int a = 0; a < nic.addresses().size(); a++) {
      String text = nic.addresses().get(a);
      String path = PropertyPath.index(PropertyPath.child(at, "addresses"), a);
      IpAddresses.Cidr cidr = IpAddresses.parseCidr(text);
      if (cidr.isNetworkAddress()) {
        report(path, text + " is the address of the network itself: give the host's own address, such as "
            + "the .10 of the network");
      } else if (cidr.isBroadcast()) {
        report(path, text + " is the broadcast address of its network: give the host's own address");
      } else if (!seen.add(IpAddresses.format(cidr.address()))) {
        report(path, IpAddresses.format(cidr.address()) + " is configured twice");
      }
    }
  }

  private void reachable(NetInterface nic, String path, String address) {
    byte[] ip = IpAddresses.parse(address);
    List<IpAddresses.Cidr> own = new ArrayList<>();
    nic.addresses().forEach(a -> own.add(IpAddresses.parseCidr(a)));
    List<IpAddresses.Cidr> sameFamily = own.stream().filter(c -> c.address().length == ip.length).toList();
    if (sameFamily.isEmpty()) {
      report(path, address + " cannot be reached: interface " + nic.name() + " has no static "
          + (ip.length == 4 ? "IPv4" : "IPv6") + " address" + (nic.dhcp4() ? " (with dhcp4 the gateway comes from DHCP)" : ""));
      return;
    }
    if (sameFamily.stream().noneMatch(c -> c.contains(ip))) {
      report(path, address + " is not in the network of any address of interface " + nic.name() + " ("
          + String.join(", ", nic.addresses()) + ")");
    } else if (sameFamily.stream().anyMatch(c -> java.util.Arrays.equals(c.address(), ip))) {
      report(path, address + " is the interface's own address, not a gateway");
    }
  }

  private static List<String> names(Map<String, NetInterface> byName, InterfaceKind except) {
    return byName.values().stream().filter(i -> i.kind() != except).map(NetInterface::name).sorted().toList();
  }

  private void report(String path, String message) {
    problems.add(origins.at(path, message));
  }
}
