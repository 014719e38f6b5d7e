package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.plan.WriteFileAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The installed system's network as systemd-networkd files under {@code /etc/systemd/network/}: a
 * {@code .link} per NIC (so it gets the profile's interface name by its MAC), a {@code .netdev} per
 * bond and VLAN, and a {@code .network} per interface. DNS servers and search domains go on the
 * primary interface.
 */
final class TargetNetwork {
  static final String DIR = "/etc/systemd/network/";

  private TargetNetwork() {}

  static List<WriteFileAction> files(Network network, Templates templates, ActionIds ids) {
    List<WriteFileAction> out = new ArrayList<>();
    String primary = network.primary().map(NetInterface::name).orElse(null);
    for (NetInterface i : network.interfaces()) {
      if (i.kind() == InterfaceKind.ETHERNET && i.mac() != null) {
        out.add(file(ids, "net-link-" + i.name(), "10-lab-" + i.name() + ".link", templates.render("systemd.link.ftl",
            Map.of("mac", i.mac().toLowerCase(java.util.Locale.ROOT), "name", i.name()))));
      }
    }
    for (NetInterface i : network.interfaces()) {
      if (i.kind() != InterfaceKind.ETHERNET) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", i.name());
        m.put("kind", i.kind() == InterfaceKind.BOND ? "bond" : "vlan");
        m.put("bondMode", i.bondMode() == null ? "active-backup" : i.bondMode());
        m.put("vlanId", i.vlanId() == null ? "" : Integer.toString(i.vlanId()));
        if (i.mtu() != null) {
          m.put("mtu", Integer.toString(i.mtu()));
        }
        out.add(file(ids, "net-netdev-" + i.name(), "20-lab-" + i.name() + ".netdev", templates.render("systemd.netdev.ftl", m)));
      }
    }
    for (NetInterface i : network.interfaces()) {
      Map<String, Object> m = new HashMap<>();
      m.put("name", i.name());
      m.put("dhcp4", i.dhcp4());
      m.put("addresses", i.addresses());
      if (i.gateway4() != null) {
        m.put("gateway", i.gateway4());
      }
      if (i.mtu() != null) {
        m.put("mtu", Integer.toString(i.mtu()));
      }
      bondOf(network, i).ifPresent(b -> m.put("bond", b));
      m.put("vlans", network.interfaces().stream()
          .filter(v -> v.kind() == InterfaceKind.VLAN && i.name().equals(v.parent())).map(NetInterface::name).toList());
      m.put("routes", i.routes().stream().map(r -> Map.of("to", r.to(), "via", r.via())).toList());
      boolean dns = i.name().equals(primary);
      m.put("nameservers", dns ? network.nameservers() : List.of());
      m.put("searchDomains", dns ? network.searchDomains() : List.of());
      out.add(file(ids, "net-network-" + i.name(), "30-lab-" + i.name() + ".network", templates.render("systemd.network.ftl", m)));
    }
    return out;
  }

  private static java.util.Optional<String> bondOf(Network network, NetInterface member) {
    return network.interfaces().stream()
        .filter(b -> b.kind() == InterfaceKind.BOND && b.members().contains(member.name()))
        .map(NetInterface::name).findFirst();
  }

  private static WriteFileAction file(ActionIds ids, String id, String name, String content) {
    return new WriteFileAction(ids.unique(id), DIR + name, "0644", content);
  }
}
