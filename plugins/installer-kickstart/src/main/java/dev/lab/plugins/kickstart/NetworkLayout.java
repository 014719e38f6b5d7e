package dev.lab.plugins.kickstart;

import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the interfaces of a network relate: which ethernet interfaces are bond members, which
 * interfaces carry VLANs, and which interface the installer reaches Lab through.
 */
final class NetworkLayout {
  private final Network network;
  private final Map<String, NetInterface> byName = new LinkedHashMap<>();
  private final Map<String, NetInterface> bondOfMember = new HashMap<>();
  private final Map<String, List<NetInterface>> vlansOfParent = new HashMap<>();

  NetworkLayout(Network network) {
    this.network = network;
    for (NetInterface i : network.interfaces()) {
      byName.putIfAbsent(i.name(), i);
    }
    for (NetInterface i : network.interfaces()) {
      if (i.kind() == InterfaceKind.BOND) {
        for (String member : i.members()) {
          bondOfMember.putIfAbsent(member, i);
        }
      } else if (i.kind() == InterfaceKind.VLAN && i.parent() != null) {
        vlansOfParent.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** @return the interface with this name, if configured */
  Optional<NetInterface> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  /** @return the bond this interface is a member of, if any */
  Optional<NetInterface> bondOf(NetInterface member) {
    return member.kind() == InterfaceKind.ETHERNET ? Optional.ofNullable(bondOfMember.get(member.name()))
        : Optional.empty();
  }

  /** @return the VLANs on this interface, in order */
  List<NetInterface> vlansOn(NetInterface parent) {
    return vlansOfParent.getOrDefault(parent.name(), List.of());
  }

  /**
   * @return whether this bond is written together with the VLAN it carries, in one kickstart
   *     {@code network} command (the only form kickstart has for a VLAN on an unaddressed bond)
   */
  boolean bondCarriedByVlan(NetInterface bond) {
    return bond.kind() == InterfaceKind.BOND && bond.unaddressed() && !vlansOn(bond).isEmpty();
  }

  /**
   * @return the interface the installer uses to reach Lab: the addressed interface carrying the
   *     default gateway, else the first addressed interface
   */
  Optional<NetInterface> primary() {
    List<NetInterface> addressed = network.interfaces().stream().filter(i -> !i.unaddressed()).toList();
    return addressed.stream().filter(i -> i.gateway4() != null).findFirst()
        .or(() -> addressed.stream().findFirst());
  }
}
