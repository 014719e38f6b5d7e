package dev.lab.plugins.autoinstall;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Network;

/**
 * Where the effective network of an install came from, so problems name the property the user
 * wrote: the server's own network, the profile's, or the DHCP default the host derived from the
 * server's first NIC.
 */
record NetworkSource(String interfacesRoot, String dnsRoot) {

  static NetworkSource of(InstallConfig config) {
    if (hasInterfaces(config.server().network())) {
      return new NetworkSource("server.network.interfaces", "server.network");
    }
    if (hasInterfaces(config.profile().network())) {
      return new NetworkSource("profile.network.interfaces", "profile.network");
    }
    String dns = config.server().network() != null ? "server.network" : "profile.network";
    return new NetworkSource(null, dns);
  }

  /** @return the path of one interface's property, for example {@code server.network.interfaces[1].mac} */
  String iface(int index, String property) {
    if (interfacesRoot == null) {
      return "server.nics[0]" + (property.equals("mac") ? ".mac" : property.equals("name") ? ".name" : "");
    }
    return interfacesRoot + "[" + index + "]" + (property.isEmpty() ? "" : "." + property);
  }

  /** @return the path of the interface list as a whole */
  String interfaces() {
    return interfacesRoot == null ? "server.nics" : interfacesRoot;
  }

  /** @return the path of a DNS property: {@code nameservers} or {@code searchDomains} */
  String dns(String property) {
    return dnsRoot + "." + property;
  }

  private static boolean hasInterfaces(Network network) {
    return network != null && !network.interfaces().isEmpty();
  }
}
