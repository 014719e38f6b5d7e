package dev.lab.plugins.autoinstall;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import java.util.List;

/**
 * Where the effective network of an install came from, so problems name the property the user
 * wrote: the server's own network, the profile's, or the DHCP default the host derived from the
 * server's first NIC. An interface's MAC that the host filled in from the server's NIC of the same
 * name is the NIC's property.
 *
 * @param interfacesRoot the path of the chosen interface list, or null for the DHCP default
 * @param dnsRoot the path of the network holding the DNS settings
 * @param chosen the network as the user wrote it (MACs not filled in); null for the DHCP default
 * @param nics the server's NICs
 */
record NetworkSource(String interfacesRoot, String dnsRoot, Network chosen, List<Nic> nics) {

  static NetworkSource of(InstallConfig config) {
    List<Nic> nics = config.server().nics();
    if (hasInterfaces(config.server().network())) {
      return new NetworkSource("server.network.interfaces", "server.network", config.server().network(), nics);
    }
    if (hasInterfaces(config.profile().network())) {
      return new NetworkSource("profile.network.interfaces", "profile.network", config.profile().network(), nics);
    }
    String dns = config.server().network() != null ? "server.network" : "profile.network";
    return new NetworkSource(null, dns, null, nics);
  }

  /** @return the path of one interface's property, for example {@code server.network.interfaces[1].mac} */
  String iface(int index, String property) {
    if (chosen == null) {
      return "server.nics[0]" + (property.equals("mac") || property.equals("name") ? "." + property : "");
    }
    if (property.equals("mac") && chosen.interfaces().get(index).mac() == null) {
      String name = chosen.interfaces().get(index).name();
      for (int k = 0; k < nics.size(); k++) {
        if (nics.get(k).name().equals(name)) {
          return "server.nics[" + k + "].mac";
        }
      }
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
