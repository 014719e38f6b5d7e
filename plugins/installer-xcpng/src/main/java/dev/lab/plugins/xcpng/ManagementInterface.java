package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.plugins.xcpng.XcpngOptions.AdminBy;
import dev.lab.plugins.xcpng.answerfile.AdminInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host's management interface, found in the effective network. XCP-ng's installer configures
 * exactly one interface ({@code <admin-interface>}): one NIC, by DHCP or with one static IPv4
 * address, netmask and gateway, optionally on a tagged VLAN. Every other shape is refused with the
 * path of the property at fault: bonds, a second addressed interface, several or IPv6 addresses,
 * MTUs and routes (all of which XAPI can set after the install).
 *
 * @param path the problem path of the interface, for example {@code server.network.interfaces[0]}
 * @param nic the ethernet interface (the VLAN's parent for a VLAN)
 * @param vlan the 802.1Q VLAN id; null for untagged
 * @param dhcp whether the address comes from DHCP
 * @param address the static IPv4 address; null with DHCP
 * @param netmask the dotted netmask; null with DHCP
 * @param gateway the IPv4 gateway; null with DHCP
 */
record ManagementInterface(String path, NetInterface nic, Integer vlan, boolean dhcp, String address,
    String netmask, String gateway) {

  private static final Pattern DOM0_NAME = Pattern.compile("eth[0-9]{1,3}");

  /** @return the {@code <admin-interface>} element */
  AdminInterface element(AdminBy by) {
    AdminInterface.Nic ref = by == AdminBy.NAME ? AdminInterface.Nic.byName(nic.name())
        : AdminInterface.Nic.byMac(nic.mac().toLowerCase(Locale.ROOT));
    return dhcp ? AdminInterface.dhcp(ref, vlan) : AdminInterface.staticIp(ref, vlan, address, netmask, gateway);
  }

  /** @return how the installer's start-up names the NIC to fetch the answer file through */
  String device(AdminBy by) {
    return by == AdminBy.NAME ? nic.name() : nic.mac().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the management interface, adding a problem for every shape the installer cannot
   * configure.
   *
   * @return the interface, empty when there is none the installer can use
   */
  static Optional<ManagementInterface> resolve(InstallConfig config, AdminBy by, List<Problem> problems) {
    List<NetInterface> interfaces = config.network().interfaces();
    if (interfaces.isEmpty()) {
      problems.add(Problem.of("server.nics", "XCP-ng needs a NIC for its management interface"));
      return Optional.empty();
    }
    List<Integer> addressed = new ArrayList<>();
    boolean bonds = false;
    for (int i = 0; i < interfaces.size(); i++) {
      NetInterface n = interfaces.get(i);
      String p = interfacePath(config, i);
      if (n.kind() == InterfaceKind.BOND) {
        problems.add(Problem.of(p + ".kind", "bonds are not supported by XCP-ng's installer, whose"
            + " admin-interface is one NIC (optionally on a VLAN): install on one NIC and create the bond"
            + " with xe afterwards"));
        bonds = true;
        continue;
      }
      if (n.mtu() != null) {
        problems.add(Problem.of(p + ".mtu", "XCP-ng's installer cannot set an MTU: set it with xe"
            + " after the install"));
      }
      if (!n.routes().isEmpty()) {
        problems.add(Problem.of(p + ".routes", "XCP-ng's installer cannot add static routes: add them"
            + " after the install"));
      }
      if (!n.unaddressed()) {
        addressed.add(i);
      }
    }
    if (addressed.isEmpty()) {
      if (!bonds) {
        problems.add(Problem.of(interfacePath(config, 0), "XCP-ng needs one management interface with"
            + " DHCP or a static IPv4 address; none is addressed"));
      }
      return Optional.empty();
    }
    for (int j : addressed.subList(1, addressed.size())) {
      problems.add(Problem.of(interfacePath(config, j), "XCP-ng's installer configures one management"
          + " interface and " + Values.show(interfaces.get(addressed.get(0)).name()) + " is already it:"
          + " leave this one unaddressed and configure it with xe after the install"));
    }
    int index = addressed.get(0);
    return management(config, interfaces.get(index), interfacePath(config, index), by, problems);
  }

  /**
   * Checks name servers and search domains: the installer writes name servers as given and takes the
   * search domain from the host name's domain only.
   */
  static void checkDns(InstallConfig config, List<Problem> problems) {
    Network network = config.network();
    String root = networkRoot(config);
    for (int i = 0; i < network.nameservers().size(); i++) {
      String ns = network.nameservers().get(i);
      if (!Values.isIp(ns)) {
        problems.add(Problem.of(root + ".nameservers[" + i + "]", Values.show(ns) + " is not an IP address"));
      }
    }
    List<String> search = network.searchDomains();
    String domain = config.server().domain();
    if (!search.isEmpty() && !(search.size() == 1 && search.get(0).equals(domain))) {
      problems.add(Problem.of(root + ".searchDomains", "XCP-ng takes its DNS search domain from the host"
          + " name's domain (server.domain); its installer cannot set other search domains"));
    }
  }

  private static Optional<ManagementInterface> management(InstallConfig config, NetInterface n, String p,
      AdminBy by, List<Problem> problems) {
    int before = problems.size();
    NetInterface nic = n;
    String nicPath = p;
    Integer vlan = null;
    if (n.kind() == InterfaceKind.VLAN) {
      if (n.vlanId() == null || n.vlanId() < 1 || n.vlanId() > 4094) {
        problems.add(Problem.of(p + ".vlanId", "a VLAN id must be between 1 and 4094"));
      }
      vlan = n.vlanId();
      List<NetInterface> all = config.network().interfaces();
      int parent = -1;
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k).name().equals(n.parent())) {
          parent = k;
        }
      }
      if (parent < 0 || all.get(parent).kind() != InterfaceKind.ETHERNET) {
        problems.add(Problem.of(p + ".parent", "the management VLAN must sit on an ethernet interface"
            + " of this network (XCP-ng's installer tags one NIC)"));
        return Optional.empty();
      }
      nic = all.get(parent);
      nicPath = interfacePath(config, parent);
    }
    if (nic.mac() == null || !Values.isMac(nic.mac())) {
      problems.add(Problem.of(nicPath + ".mac", nic.mac() == null
          ? "the management NIC needs a MAC: name one of the server's NICs or give its MAC"
          : Values.show(nic.mac()) + " is not a MAC address"));
    }
    if (by == AdminBy.NAME && !DOM0_NAME.matcher(nic.name()).matches()) {
      problems.add(Problem.of(nicPath + ".name", Values.show(nic.name()) + " is not a dom0 NIC name:"
          + " XCP-ng names NICs eth0, eth1...; use that name or set "
          + XcpngOptions.ADMIN_INTERFACE_BY + " to mac"));
    }
    if (n.dhcp4()) {
      if (!n.addresses().isEmpty()) {
        problems.add(Problem.of(p + ".addresses", "choose DHCP or a static address: XCP-ng's installer"
            + " configures one or the other"));
      }
      if (n.gateway4() != null) {
        problems.add(Problem.of(p + ".gateway4", "a DHCP management interface takes its gateway from"
            + " DHCP; remove gateway4 or use a static address"));
      }
      return problems.size() == before
          ? Optional.of(new ManagementInterface(p, nic, vlan, true, null, null, null)) : Optional.empty();
    }
    String address = null;
    String netmask = null;
    if (n.addresses().size() > 1) {
      problems.add(Problem.of(p + ".addresses", "XCP-ng's installer sets one address on the management"
          + " interface; add the others after the install"));
    }
    String cidr = n.addresses().get(0);
    int slash = cidr.indexOf('/');
    String prefix = slash < 0 ? "" : cidr.substring(slash + 1);
    if (slash < 0 || !Values.isIpv4(cidr.substring(0, slash)) || !prefix.matches("[1-9]|[12][0-9]|3[0-2]")) {
      problems.add(Problem.of(p + ".addresses[0]", Values.show(cidr) + " is not an IPv4 address with a"
          + " prefix length such as 192.0.2.10/24 (XCP-ng's installer sets IPv4 only)"));
    } else {
      address = cidr.substring(0, slash);
      netmask = netmask(Integer.parseInt(prefix));
    }
    if (n.gateway4() == null) {
      problems.add(Problem.of(p + ".gateway4", "XCP-ng's installer needs a gateway for a static"
          + " management interface"));
    } else if (!Values.isIpv4(n.gateway4())) {
      problems.add(Problem.of(p + ".gateway4", Values.show(n.gateway4()) + " is not an IPv4 address"));
    }
    return problems.size() == before
        ? Optional.of(new ManagementInterface(p, nic, vlan, false, address, netmask, n.gateway4()))
        : Optional.empty();
  }

  /** @return the path of the network the configuration took its interfaces from */
  static String networkRoot(InstallConfig config) {
    if (config.server().network() != null) {
      return "server.network";
    }
    return config.profile().network() != null ? "profile.network" : "server";
  }

  /**
   * @return the path of interface {@code i}: in the server's or the profile's network, or the
   *     server's first NIC when neither lists interfaces (the host then uses DHCP on it)
   */
  static String interfacePath(InstallConfig config, int i) {
    Network chosen = config.server().network() != null ? config.server().network() : config.profile().network();
    if (chosen == null || chosen.interfaces().isEmpty()) {
      return "server.nics[0]";
    }
    return networkRoot(config) + ".interfaces[" + i + "]";
  }

  private static String netmask(int prefix) {
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    return (mask >> 24 & 0xff) + "." + (mask >> 16 & 0xff) + "." + (mask >> 8 & 0xff) + "." + (mask & 0xff);
  }
}
