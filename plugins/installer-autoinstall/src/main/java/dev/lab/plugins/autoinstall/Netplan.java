package dev.lab.plugins.autoinstall;

import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network as netplan v2 for subiquity's {@code network} section, which subiquity applies during
 * the install and writes into the installed system. Ethernets are matched by MAC and renamed to their
 * configured name; bonds and VLANs refer to them by that name. DNS servers and search domains go to
 * the interface carrying the default gateway (else the first addressed one). Reference:
 * https://netplan.readthedocs.io/en/stable/netplan-yaml/
 *
 * @param ethernets the physical interfaces
 * @param bonds the bonds
 * @param vlans the VLANs
 */
public record Netplan(List<Ethernet> ethernets, List<Bond> bonds, List<Vlan> vlans) {

  /** How one interface is addressed. */
  public record Addressing(boolean dhcp4, List<String> addresses, List<Route> routes, List<String> nameservers,
      List<String> search, Integer mtu) {}

  /** A physical interface. */
  public record Ethernet(String name, String mac, Addressing addressing) {}

  /** A bond with its netplan parameters (mode first). */
  public record Bond(String name, List<String> interfaces, Map<String, Object> parameters, Addressing addressing) {}

  /** An 802.1Q VLAN. */
  public record Vlan(String name, int id, String link, Addressing addressing) {}

  static Netplan of(Network network, Map<String, String> options) {
    NetInterface dns = network.primary().orElse(null);
    List<Ethernet> ethernets = new ArrayList<>();
    List<Bond> bonds = new ArrayList<>();
    List<Vlan> vlans = new ArrayList<>();
    for (NetInterface nic : network.interfaces()) {
      Addressing a = addressing(nic, nic == dns ? network : null);
      switch (nic.kind()) {
        case ETHERNET -> ethernets.add(new Ethernet(nic.name(), nic.mac().toLowerCase(Locale.ROOT), a));
        case BOND -> bonds.add(new Bond(nic.name(), nic.members(), BondParameter.parameters(
            nic.bondMode() == null ? "active-backup" : nic.bondMode(),
            PluginOptions.bondOptions(options, nic.name())), a));
        case VLAN -> vlans.add(new Vlan(nic.name(), nic.vlanId(), nic.parent(), a));
      }
    }
    return new Netplan(ethernets, bonds, vlans);
  }

  private static Addressing addressing(NetInterface nic, Network dns) {
    List<Route> routes = new ArrayList<>();
    if (nic.gateway4() != null) {
      routes.add(new Route("default", nic.gateway4()));
    }
    routes.addAll(nic.routes());
    return new Addressing(nic.dhcp4(), nic.addresses(), routes,
        dns == null ? List.of() : dns.nameservers(), dns == null ? List.of() : dns.searchDomains(), nic.mtu());
  }
}
