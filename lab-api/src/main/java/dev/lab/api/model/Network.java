package dev.lab.api.model;

import java.util.List;
import java.util.Optional;

/**
 * A machine's network configuration.
 *
 * @param interfaces the configured interfaces, ethernet members before the bonds and VLANs using
 *     them
 * @param nameservers DNS server addresses
 * @param searchDomains DNS search domains
 */
@Doc("Network configuration: interfaces, DNS servers and search domains.")
public record Network(
    @Doc("Interfaces: NICs, bonds and VLANs.") List<NetInterface> interfaces,
    @Doc(value = "DNS server addresses.", example = "[192.0.2.53]") List<String> nameservers,
    @Doc(value = "DNS search domains.", example = "[lab.example]") List<String> searchDomains) {

  public Network {
    interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    nameservers = nameservers == null ? List.of() : List.copyOf(nameservers);
    searchDomains = searchDomains == null ? List.of() : List.copyOf(searchDomains);
  }

  /** @return the interface with this name, if configured */
  public Optional<NetInterface> find(String name) {
    return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** @return the interface carrying the default gateway, else the first addressed one, if any */
  public Optional<NetInterface> primary() {
    return interfaces.stream().filter(i -> i.gateway4() != null).findFirst()
        .or(() -> interfaces.stream().filter(i -> !i.unaddressed()).findFirst());
  }
}
