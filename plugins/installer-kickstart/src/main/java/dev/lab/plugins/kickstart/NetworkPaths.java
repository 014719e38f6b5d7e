package dev.lab.plugins.kickstart;

import dev.lab.api.model.Network;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;

/**
 * Where the effective network came from, so that problems name the property the user wrote: the
 * server's own network, else the profile's, else the host's default of DHCP on the server's first
 * NIC.
 *
 * @param chosen {@code server.network} or {@code profile.network}; null when neither is set
 * @param defaulted whether the interfaces are the host's default (DHCP on {@code server.nics[0]})
 */
record NetworkPaths(String chosen, boolean defaulted) {

  static NetworkPaths of(Server server, Profile profile) {
    Network network = server.network() != null ? server.network() : profile.network();
    String chosen = server.network() != null ? "server.network"
        : profile.network() != null ? "profile.network" : null;
    return new NetworkPaths(chosen, network == null || network.interfaces().isEmpty());
  }

  /** @return the path of the interface list */
  String interfaces() {
    return defaulted ? "server.nics" : chosen + ".interfaces";
  }

  /** @return the path of one property of the interface at {@code index}; null field for the interface */
  String iface(int index, String field) {
    if (defaulted) {
      boolean nicField = "name".equals(field) || "mac".equals(field);
      return "server.nics[0]" + (nicField ? "." + field : "");
    }
    return chosen + ".interfaces[" + index + "]" + (field == null ? "" : "." + field);
  }

  /** @return the path of an element of a DNS list ({@code nameservers} or {@code searchDomains}) */
  String dns(String list, int index) {
    return chosen + "." + list + "[" + index + "]";
  }
}
