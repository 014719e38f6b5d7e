package dev.lab.api.model;

import java.util.List;

/**
 * One configured network interface.
 *
 * @param name the interface's name in the installed OS, for example {@code eth0}, {@code bond0}
 *     or {@code eth0.20}
 * @param kind ethernet, bond or VLAN
 * @param mac for an ethernet interface, its MAC (the host fills it from the server's NICs when the
 *     profile names the NIC instead); nullable for bonds and VLANs
 * @param members for a bond, the names of its ethernet members
 * @param bondMode for a bond, its mode ({@code active-backup}, {@code 802.3ad}, ...); nullable
 * @param parent for a VLAN, the name of the interface it sits on; nullable otherwise
 * @param vlanId for a VLAN, its 802.1Q id (1-4094); nullable otherwise
 * @param dhcp4 whether the interface takes an IPv4 address by DHCP
 * @param addresses static addresses in CIDR notation
 * @param gateway4 the default IPv4 gateway through this interface; nullable
 * @param mtu the MTU; nullable for the default
 * @param routes further static routes through this interface
 */
@Doc("A network interface: a NIC (by MAC or by the server's NIC name), a bond or a VLAN.")
public record NetInterface(
    @Doc(value = "Interface name in the installed OS.", required = true, example = "eth0") String name,
    @Doc(value = "ethernet, bond or vlan.", defaultValue = "ethernet") InterfaceKind kind,
    @Doc(value = "MAC of an ethernet interface; when absent, the server NIC with the same name is used.")
        String mac,
    @Doc("Members of a bond (interface names).") List<String> members,
    @Doc(value = "Bond mode.", example = "802.3ad", defaultValue = "active-backup") String bondMode,
    @Doc("Parent interface of a VLAN.") String parent,
    @Doc(value = "802.1Q VLAN id of a VLAN (1-4094).", example = "20") Integer vlanId,
    @Doc(value = "Take an IPv4 address by DHCP.", defaultValue = "false") boolean dhcp4,
    @Doc(value = "Static addresses (CIDR).", example = "[192.0.2.10/24]") List<String> addresses,
    @Doc(value = "Default IPv4 gateway through this interface.", example = "192.0.2.1") String gateway4,
    @Doc("MTU.") Integer mtu,
    @Doc("Further static routes through this interface.") List<Route> routes) {

  public NetInterface {
    kind = kind == null ? InterfaceKind.ETHERNET : kind;
    members = members == null ? List.of() : List.copyOf(members);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    routes = routes == null ? List.of() : List.copyOf(routes);
  }

  /** @return a DHCP ethernet interface with the given name and MAC */
  public static NetInterface dhcp(String name, String mac) {
    return new NetInterface(name, InterfaceKind.ETHERNET, mac, List.of(), null, null, null, true,
        List.of(), null, null, List.of());
  }

  /** @return the same interface with the given MAC */
  public NetInterface withMac(String newMac) {
    return new NetInterface(name, kind, newMac, members, bondMode, parent, vlanId, dhcp4, addresses,
        gateway4, mtu, routes);
  }

  /** @return whether the interface has neither DHCP nor a static address */
  public boolean unaddressed() {
    return !dhcp4 && addresses.isEmpty();
  }
}
