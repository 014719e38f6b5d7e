package dev.lab.plugins.vyos.validate;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import dev.lab.plugins.vyos.model.BondModes;
import dev.lab.plugins.vyos.model.Inet;
import dev.lab.plugins.vyos.model.Inet.Cidr;
import dev.lab.plugins.vyos.model.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What VyOS 1.4 can do with a network: ethernet interfaces bound to their MAC ({@code hw-id}),
 * bonds of ethernet interfaces, VLANs ({@code vif}) on either, DHCP or static addresses, one
 * default gateway, static routes, name servers and search domains.
 */
final class NetworkRules {
  private static final Pattern ETHERNET = Pattern.compile("(eth|lan)[0-9]{1,4}|(eno|ens|enp|enx)[a-z0-9]{1,12}");
  private static final Pattern BOND = Pattern.compile("bond[0-9]{1,4}");
  private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

  private final Network network;
  private final NetworkSource source;
  private final List<Problem> problems;
  private final Map<String, NetInterface> byName = new HashMap<>();
  private final Set<String> bondMembers = new HashSet<>();

  private NetworkRules(InstallConfig config, List<Problem> problems) {
    this.network = config.network();
    this.source = NetworkSource.of(config);
    this.problems = problems;
  }

  static void check(InstallConfig config, List<Problem> problems) {
    new NetworkRules(config, problems).check();
  }

  private void check() {
    List<NetInterface> interfaces = network.interfaces();
    if (interfaces.isEmpty()) {
      problems.add(Problem.of("server.nics", "VyOS needs at least one network interface"));
    }
    for (int i = 0; i < interfaces.size(); i++) {
      NetInterface iface = interfaces.get(i);
      if (byName.putIfAbsent(iface.name(), iface) != null) {
        problems.add(Problem.of(source.iface(i, "name"), "interface " + iface.name() + " is configured twice"));
      }
      if (iface.kind() == InterfaceKind.BOND) {
        bondMembers.addAll(iface.members());
      }
    }
    Set<String> macs = new HashSet<>();
    Set<String> bonded = new HashSet<>();
    int gateways = 0;
    for (int i = 0; i < interfaces.size(); i++) {
      NetInterface iface = interfaces.get(i);
      switch (iface.kind()) {
        case ETHERNET -> ethernet(i, iface, macs);
        case BOND -> bond(i, iface, bonded);
        case VLAN -> vlan(i, iface);
      }
      addressing(i, iface);
      if (iface.gateway4() != null && ++gateways == 2) {
        problems.add(Problem.of(source.iface(i, "gateway4"),
            "only one interface may carry the default gateway (gateway4)"));
      }
    }
    for (int i = 0; i < network.nameservers().size(); i++) {
      if (!Inet.isIp(network.nameservers().get(i))) {
        problems.add(Problem.of(source.own("nameservers[" + i + "]"), "must be an IPv4 or IPv6 address"));
      }
    }
    for (int i = 0; i < network.searchDomains().size(); i++) {
      if (!Names.isDomainName(network.searchDomains().get(i))) {
        problems.add(Problem.of(source.own("searchDomains[" + i + "]"), "must be a domain name"));
      }
    }
  }

  private void ethernet(int i, NetInterface iface, Set<String> macs) {
    if (!ETHERNET.matcher(iface.name()).matches()) {
      problems.add(Problem.of(source.iface(i, "name"),
          "VyOS names ethernet interfaces ethN (or lanN, enoN, ensN, enpN, enxN), not '" + iface.name() + "'"));
    }
    if (iface.mac() == null) {
      problems.add(Problem.of(source.iface(i, "mac"),
          "VyOS binds ethernet interfaces to their MAC (hw-id): give a MAC or name a NIC of the server"));
    } else if (!MAC.matcher(iface.mac()).matches()) {
      problems.add(Problem.of(source.iface(i, "mac"), "must be a MAC address like 52:54:00:12:34:56"));
    } else if (!macs.add(iface.mac().toLowerCase(java.util.Locale.ROOT))) {
      problems.add(Problem.of(source.iface(i, "mac"), "two ethernet interfaces have the MAC " + iface.mac()));
    }
  }

  private void bond(int i, NetInterface iface, Set<String> bonded) {
    if (!BOND.matcher(iface.name()).matches()) {
      problems.add(Problem.of(source.iface(i, "name"), "VyOS names bonds bondN, not '" + iface.name() + "'"));
    }
    if (BondModes.toVyos(iface.bondMode()) == null) {
      problems.add(Problem.of(source.iface(i, "bondMode"), "must be one of " + BondModes.accepted()));
    }
    if (iface.members().isEmpty()) {
      problems.add(Problem.of(source.iface(i, "members"), "a bond needs at least one member"));
    }
    for (int m = 0; m < iface.members().size(); m++) {
      String member = iface.members().get(m);
      NetInterface target = byName.get(member);
      String path = source.iface(i, "members[" + m + "]");
      if (target == null || target.kind() != InterfaceKind.ETHERNET) {
        problems.add(Problem.of(path, "a bond member must be a configured ethernet interface"));
      } else if (!bonded.add(member)) {
        problems.add(Problem.of(path, member + " is already the member of a bond"));
      } else if (!target.unaddressed() || target.gateway4() != null || !target.routes().isEmpty()) {
        problems.add(Problem.of(path, "bond member " + member + " cannot have addresses, a gateway or routes"));
      }
    }
  }

  private void vlan(int i, NetInterface iface) {
    NetInterface parent = iface.parent() == null ? null : byName.get(iface.parent());
    if (parent == null || parent.kind() == InterfaceKind.VLAN) {
      problems.add(Problem.of(source.iface(i, "parent"),
          "a VLAN's parent must be a configured ethernet interface or bond"));
    } else if (bondMembers.contains(parent.name())) {
      problems.add(Problem.of(source.iface(i, "parent"),
          parent.name() + " is a bond member: put the VLAN on the bond instead"));
    }
    Integer id = iface.vlanId();
    if (id == null || id < 1 || id > 4094) {
      problems.add(Problem.of(source.iface(i, "vlanId"), "a VLAN needs an id from 1 to 4094"));
    } else if (iface.parent() != null && !iface.name().equals(iface.parent() + "." + id)) {
      problems.add(Problem.of(source.iface(i, "name"),
          "VyOS names the VLAN " + id + " on " + iface.parent() + " '" + iface.parent() + "." + id + "'"));
    }
  }

  private void addressing(int i, NetInterface iface) {
    for (int a = 0; a < iface.addresses().size(); a++) {
      Cidr cidr = Cidr.parse(iface.addresses().get(a));
      if (cidr == null || !cidr.isHost()) {
        problems.add(Problem.of(source.iface(i, "addresses[" + a + "]"),
            "must be a host address with a prefix length, like 192.0.2.10/24 or 2001:db8::10/64"));
      }
    }
    if (iface.gateway4() != null && !Inet.isIpv4(iface.gateway4())) {
      problems.add(Problem.of(source.iface(i, "gateway4"), "must be an IPv4 address"));
    }
    if (iface.mtu() != null && (iface.mtu() < 68 || iface.mtu() > 16000)) {
      problems.add(Problem.of(source.iface(i, "mtu"), "VyOS accepts an MTU from 68 to 16000"));
    }
    for (int r = 0; r < iface.routes().size(); r++) {
      route(source.iface(i, "routes[" + r + "]"), iface.routes().get(r));
    }
  }

  private void route(String path, Route route) {
    Cidr to = Cidr.parse(route.to());
    if (to == null || !to.isNetwork()) {
      problems.add(Problem.of(path + ".to", "must be a network in CIDR notation, like 10.20.0.0/16"));
      return;
    }
    boolean viaOk = to.ipv6() ? Inet.isIpv6(route.via()) : Inet.isIpv4(route.via());
    if (!viaOk) {
      problems.add(Problem.of(path + ".via", "must be an " + (to.ipv6() ? "IPv6" : "IPv4")
          + " address, like the route's destination"));
    }
  }
}
