package dev.lab.plugins.kickstart;

import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a validated network into kickstart {@code network} commands for the installed system and
 * into the installer's boot arguments (dracut's {@code ifname=}, {@code bond=}, {@code vlan=},
 * {@code ip=} and {@code nameserver=}).
 *
 * <p>Every ethernet interface's name is bound to its MAC with {@code ifname=}: the installer then
 * names the NIC as the profile does, and Anaconda keeps that name in the installed system (it
 * writes a systemd {@code .link} file per {@code ifname=}). Ethernet interfaces are configured by
 * MAC; bond members and VLAN parents by the name bound that way. A VLAN on an unaddressed bond is
 * written in the bond's own command, the only form kickstart has for it.
 */
final class NetworkPlan {
  private final Network network;
  private final NetworkLayout layout;
  private final String fqdn;

  NetworkPlan(Network network, String fqdn) {
    this.network = network;
    this.layout = new NetworkLayout(network);
    this.fqdn = fqdn;
  }

  /** @return the kickstart {@code network} commands, the host name last */
  List<KsCommand> commands() {
    List<KsCommand> commands = new ArrayList<>();
    for (NetInterface n : network.interfaces()) {
      command(n).ifPresent(commands::add);
    }
    commands.add(KsCommand.of("network").option("hostname", fqdn).build());
    return commands;
  }

  private Optional<KsCommand> command(NetInterface n) {
    KsCommand.Builder b = KsCommand.of("network");
    switch (n.kind()) {
      case ETHERNET -> {
        if (layout.bondOf(n).isPresent()) {
          return Optional.empty(); // written by the bond's --bondslaves
        }
        b.option("device", mac(n)).option("bindto", "mac");
      }
      case BOND -> {
        if (layout.bondCarriedByVlan(n)) {
          return Optional.empty(); // written with its VLAN
        }
        bond(b, n);
      }
      case VLAN -> {
        NetInterface parent = layout.find(n.parent()).orElseThrow();
        if (parent.kind() == InterfaceKind.BOND) {
          bond(b, parent);
        } else {
          b.option("device", parent.name());
        }
        b.option("vlanid", n.vlanId()).option("interfacename", n.name());
      }
    }
    addressing(b, n);
    if (n.mtu() != null) {
      b.option("mtu", n.mtu());
    }
    if (isPrimary(n)) {
      dns(b);
      b.flag("activate");
    }
    return Optional.of(b.build());
  }

  private static void bond(KsCommand.Builder b, NetInterface bond) {
    b.option("device", bond.name())
        .option("bondslaves", String.join(",", bond.members()))
        .option("bondopts", "mode=" + bondMode(bond))
        .option("bindto", "mac");
  }

  private static void addressing(KsCommand.Builder b, NetInterface n) {
    Optional<Ip> v4 = address(n, false);
    Optional<Ip> v6 = address(n, true);
    if (n.dhcp4()) {
      b.option("bootproto", "dhcp");
    } else if (v4.isPresent()) {
      b.option("bootproto", "static").option("ip", v4.get().address()).option("netmask", v4.get().netmask());
      if (n.gateway4() != null) {
        b.option("gateway", n.gateway4());
      }
    } else {
      b.flag("noipv4");
    }
    if (v6.isPresent()) {
      b.option("ipv6", v6.get().cidr());
    } else if (n.unaddressed()) {
      b.flag("noipv6");
    }
  }

  private void dns(KsCommand.Builder b) {
    if (!network.nameservers().isEmpty()) {
      b.option("nameserver", String.join(",", network.nameservers()));
    }
    if (!network.searchDomains().isEmpty()) {
      b.option("ipv4-dns-search", String.join(",", network.searchDomains()));
    }
  }

  /** @return the installer's network boot arguments */
  List<KernelArg> bootArgs() {
    List<KernelArg> args = new ArrayList<>();
    for (NetInterface n : network.interfaces()) {
      if (n.kind() == InterfaceKind.ETHERNET) {
        args.add(KernelArg.of("ifname", n.name() + ":" + mac(n)));
      }
    }
    NetInterface primary = layout.primary().orElseThrow();
    String mtu = primary.mtu() == null ? "" : ":" + primary.mtu();
    if (primary.kind() == InterfaceKind.VLAN) {
      NetInterface parent = layout.find(primary.parent()).orElseThrow();
      if (parent.kind() == InterfaceKind.BOND) {
        args.add(KernelArg.of("bond", bondArg(parent)));
      }
      args.add(KernelArg.of("vlan", primary.name() + ":" + parent.name()));
    } else if (primary.kind() == InterfaceKind.BOND) {
      args.add(KernelArg.of("bond", bondArg(primary) + mtu));
    }
    Optional<Ip> v4 = address(primary, false);
    Optional<Ip> v6 = address(primary, true);
    if (primary.dhcp4()) {
      args.add(KernelArg.of("ip", primary.name() + ":dhcp" + mtu));
    } else if (v4.isPresent()) {
      String gateway = primary.gateway4() == null ? "" : primary.gateway4();
      args.add(KernelArg.of("ip", v4.get().address() + "::" + gateway + ":" + v4.get().netmask() + ":" + fqdn
          + ":" + primary.name() + ":none" + mtu));
    } else {
      Ip ip = v6.orElseThrow();
      args.add(KernelArg.of("ip", "[" + ip.address() + "]:::" + ip.prefix() + ":" + fqdn + ":" + primary.name()
          + ":none" + mtu));
    }
    if (!primary.dhcp4()) {
      network.nameservers().forEach(ns -> args.add(KernelArg.of("nameserver", ns)));
    }
    return args;
  }

  private boolean isPrimary(NetInterface n) {
    return layout.primary().map(p -> p.name().equals(n.name())).orElse(false);
  }

  private static String bondArg(NetInterface bond) {
    return bond.name() + ":" + String.join(",", bond.members()) + ":mode=" + bondMode(bond);
  }

  private static String bondMode(NetInterface bond) {
    return bond.bondMode() == null ? "active-backup" : bond.bondMode();
  }

  private static String mac(NetInterface n) {
    return n.mac().toLowerCase(Locale.ROOT);
  }

  private static Optional<Ip> address(NetInterface n, boolean v6) {
    return n.addresses().stream().map(Ip::parseCidr).flatMap(Optional::stream).filter(ip -> ip.v6() == v6)
        .findFirst();
  }
}
