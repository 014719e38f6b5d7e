package dev.lab.plugins.preseed;

import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The installed system's network, written into {@code /target} by late_command: netcfg configures
 * one interface for the installer, the installed system gets every interface of the profile.
 *
 * <ul>
 *   <li>NIC names: a systemd {@code .link} file per NIC gives the profile's name to the NIC with that
 *       permanent MAC (bonds and VLANs have no permanent MAC of their own, so they never match);
 *   <li>{@code /etc/network/interfaces} for ifupdown (with {@code ifenslave} for bonds and {@code vlan}
 *       for VLANs);
 *   <li>DNS: {@code /etc/resolv.conf} when no interface uses DHCP, else {@code supersede} lines in
 *       {@code /etc/dhcp/dhclient.conf} so the profile's servers win over DHCP's.
 * </ul>
 */
final class TargetNetwork {
  private static final String INDENT = "    ";

  private final Network network;

  TargetNetwork(Network network) {
    this.network = network;
  }

  /** @return the packages the configuration needs in the installed system */
  Set<String> packages() {
    Set<String> packages = new LinkedHashSet<>();
    for (NetInterface i : network.interfaces()) {
      if (i.kind() == InterfaceKind.BOND) {
        packages.add("ifenslave");
      } else if (i.kind() == InterfaceKind.VLAN) {
        packages.add("vlan");
      }
    }
    return packages;
  }

  /** @return the commands writing the configuration under {@code /target}, each one command group */
  List<String> commands() {
    List<String> commands = new ArrayList<>();
    commands.add(Shell.command("mkdir", "-p", "/target/etc/systemd/network", "/target/etc/network"));
    for (NetInterface i : network.interfaces()) {
      if (i.kind() == InterfaceKind.ETHERNET) {
        commands.add(Shell.writeFile(List.of("[Match]", "PermanentMACAddress=" + i.mac().toLowerCase(Locale.ROOT),
            "", "[Link]", "Name=" + i.name()), ">", "/target/etc/systemd/network/10-lab-" + i.name() + ".link"));
      }
    }
    commands.add(Shell.writeFile(interfacesFile(), ">", "/target/etc/network/interfaces"));
    commands.addAll(resolverCommands());
    return commands;
  }

  /** @return the lines of {@code /etc/network/interfaces} */
  List<String> interfacesFile() {
    List<String> lines = new ArrayList<>(List.of(
        "# Written by Lab (preseed late_command): every interface of the installed system.",
        "source /etc/network/interfaces.d/*", "", "auto lo", "iface lo inet loopback"));
    Set<String> bondMembers = new LinkedHashSet<>();
    network.interfaces().stream().filter(i -> i.kind() == InterfaceKind.BOND)
        .forEach(b -> bondMembers.addAll(b.members()));
    for (NetInterface i : network.interfaces()) {
      lines.add("");
      if (bondMembers.contains(i.name())) {
        lines.add("iface " + i.name() + " inet manual");
        mtu(i, lines);
        continue;
      }
      lines.add("auto " + i.name());
      lines.addAll(stanza(i));
    }
    return lines;
  }

  private List<String> stanza(NetInterface i) {
    List<String> lines = new ArrayList<>();
    String method = i.dhcp4() ? "dhcp" : i.addresses().isEmpty() ? "manual" : "static";
    lines.add("iface " + i.name() + " inet " + method);
    if (method.equals("static")) {
      lines.add(INDENT + "address " + i.addresses().get(0));
      if (i.gateway4() != null) {
        lines.add(INDENT + "gateway " + i.gateway4());
      }
    }
    if (i.kind() == InterfaceKind.BOND) {
      lines.add(INDENT + "bond-slaves " + String.join(" ", i.members()));
      lines.add(INDENT + "bond-mode " + bondMode(i));
      lines.add(INDENT + "bond-miimon 100");
    } else if (i.kind() == InterfaceKind.VLAN) {
      lines.add(INDENT + "vlan-raw-device " + i.parent());
    }
    mtu(i, lines);
    for (Route r : i.routes()) {
      lines.add(INDENT + "up ip route add " + r.to() + " via " + r.via() + " dev " + i.name());
    }
    for (String extra : i.addresses().subList(Math.min(1, i.addresses().size()), i.addresses().size())) {
      if (!i.dhcp4()) {
        lines.add("");
        lines.add("iface " + i.name() + " inet static");
        lines.add(INDENT + "address " + extra);
      }
    }
    return lines;
  }

  private static void mtu(NetInterface i, List<String> lines) {
    if (i.mtu() != null) {
      lines.add(INDENT + "mtu " + i.mtu());
    }
  }

  /** @return the bond mode, {@code active-backup} when the profile names none */
  static String bondMode(NetInterface bond) {
    return bond.bondMode() == null ? "active-backup" : bond.bondMode();
  }

  private List<String> resolverCommands() {
    if (network.nameservers().isEmpty() && network.searchDomains().isEmpty()) {
      return List.of();
    }
    boolean dhcp = network.interfaces().stream().anyMatch(NetInterface::dhcp4);
    List<String> lines = new ArrayList<>();
    if (dhcp) {
      if (!network.nameservers().isEmpty()) {
        lines.add("supersede domain-name-servers " + String.join(", ", network.nameservers()) + ";");
      }
      if (!network.searchDomains().isEmpty()) {
        lines.add("supersede domain-search \"" + String.join("\", \"", network.searchDomains()) + "\";");
      }
      return List.of(Shell.command("mkdir", "-p", "/target/etc/dhcp"),
          Shell.writeFile(lines, ">>", "/target/etc/dhcp/dhclient.conf"));
    }
    if (!network.searchDomains().isEmpty()) {
      lines.add("search " + String.join(" ", network.searchDomains()));
    }
    network.nameservers().forEach(n -> lines.add("nameserver " + n));
    return List.of(Shell.writeFile(lines, ">", "/target/etc/resolv.conf"));
  }
}
