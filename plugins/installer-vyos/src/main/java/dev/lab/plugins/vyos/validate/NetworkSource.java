package dev.lab.plugins.vyos.validate;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Network;

/**
 * Where the effective network of an installation was written, so that problems name the property
 * the user wrote: the server's own network, else the profile's, else the DHCP default the host
 * derives from the server's first NIC.
 *
 * @param base the written network's path ({@code server.network} or {@code profile.network})
 * @param defaulted whether the interfaces are the host's DHCP default on {@code server.nics[0]}
 */
record NetworkSource(String base, boolean defaulted) {

  static NetworkSource of(InstallConfig config) {
    Network server = config.server().network();
    Network profile = config.profile().network();
    String base = server != null ? "server.network" : profile != null ? "profile.network" : "server.network";
    Network chosen = server != null ? server : profile;
    return new NetworkSource(base, chosen == null || chosen.interfaces().isEmpty());
  }

  /** @return the path of one interface's property, for example {@code ...interfaces[1].mac} */
  String iface(int index, String property) {
    return defaulted ? "server.nics[0]." + property : base + ".interfaces[" + index + "]." + property;
  }

  /** @return the path of one of the network's own properties, for example {@code nameservers[0]} */
  String own(String property) {
    return base + "." + property;
  }
}
