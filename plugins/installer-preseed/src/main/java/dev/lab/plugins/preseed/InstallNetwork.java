package dev.lab.plugins.preseed;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How netcfg brings the network up while d-i runs. Network preseeding fetches {@code preseed.cfg}
 * only after netcfg has run, so these answers are given on the kernel command line (where d-i's
 * {@code env2debconf} preseeds every {@code question=value} argument) and repeated in the file for
 * completeness.
 *
 * <p>netcfg configures one interface: the primary one when it is a NIC (chosen by MAC: netcfg
 * accepts {@code netcfg/choose_interface} as a link-layer address), statically when the profile says
 * so. A primary bond or VLAN cannot be built by netcfg; the installer then takes DHCP on the NIC it
 * finds with a link ({@code interface=auto}), and the installed system gets the full configuration
 * from late_command ({@link TargetNetwork}).
 *
 * @param interfaceChoice the MAC of the NIC netcfg uses, or {@code auto}
 * @param hostname the short host name
 * @param domain the DNS domain, or null
 * @param address the static address, or null for DHCP
 * @param gateway the static default gateway, or null for none
 * @param nameservers the static name servers
 */
record InstallNetwork(String interfaceChoice, String hostname, String domain, Cidr address, String gateway,
    List<String> nameservers) {

  static InstallNetwork of(InstallConfig config) {
    Server server = config.server();
    Network network = config.network();
    NetInterface primary = network.primary().orElseThrow(
        () -> new IllegalStateException("validated configurations have a primary interface"));
    if (primary.kind() != InterfaceKind.ETHERNET) {
      return new InstallNetwork("auto", server.hostname(), server.domain(), null, null, List.of());
    }
    String mac = primary.mac().toLowerCase(Locale.ROOT);
    if (primary.dhcp4()) {
      return new InstallNetwork(mac, server.hostname(), server.domain(), null, null, List.of());
    }
    Cidr address = Cidr.parse(primary.addresses().get(0)).orElseThrow();
    return new InstallNetwork(mac, server.hostname(), server.domain(), address, primary.gateway4(),
        network.nameservers());
  }

  /** @return whether netcfg configures the interface statically */
  boolean isStatic() {
    return address != null;
  }

  /** @return {@code host.domain}, or the host name alone */
  String fqdn() {
    return domain == null ? hostname : hostname + "." + domain;
  }

  /** @return the name servers as netcfg takes them: separated by blanks */
  String nameserverList() {
    return String.join(" ", nameservers);
  }

  /** @return the netcfg answers as kernel arguments, for the installer's first stage */
  List<KernelArg> kernelArgs() {
    List<KernelArg> args = new ArrayList<>();
    args.add(KernelArg.of("interface", interfaceChoice));
    args.add(KernelArg.of("netcfg/get_hostname", hostname));
    if (domain != null) {
      args.add(KernelArg.of("netcfg/get_domain", domain));
    }
    // netcfg/hostname wins over a host name handed out by DHCP or found by reverse DNS.
    args.add(KernelArg.of("netcfg/hostname", fqdn()));
    if (isStatic()) {
      args.add(KernelArg.of("netcfg/disable_autoconfig", "true"));
      args.add(KernelArg.of("netcfg/get_ipaddress", address.address()));
      args.add(KernelArg.of("netcfg/get_netmask", address.netmask()));
      // "none" is netcfg's preseedable answer for "no default route".
      args.add(KernelArg.of("netcfg/get_gateway", gateway == null ? "none" : gateway));
      args.add(KernelArg.of("netcfg/get_nameservers", nameserverList()));
      args.add(KernelArg.of("netcfg/confirm_static", "true"));
    }
    return args;
  }
}
