package dev.lab.plugins.vyos;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The configuration syntax versions of VyOS 1.4 (sagitta), written into the {@code config.boot}
 * footer so that VyOS runs no migration script over a file that is already in its syntax. They
 * are the {@code syntaxVersion}s of vyos-1x's {@code xml-component-version.xml}, identical from the
 * 1.4.0 release to the end of the sagitta branch.
 */
final class VyosRelease {
  static final Map<String, Integer> COMPONENT_VERSIONS = new TreeMap<>(Map.ofEntries(
      Map.entry("bgp", 5), Map.entry("broadcast-relay", 1), Map.entry("cluster", 2),
      Map.entry("config-management", 1), Map.entry("conntrack", 5), Map.entry("conntrack-sync", 2),
      Map.entry("container", 2), Map.entry("dhcp-relay", 2), Map.entry("dhcp-server", 8),
      Map.entry("dhcpv6-server", 1), Map.entry("dns-dynamic", 4), Map.entry("dns-forwarding", 4),
      Map.entry("firewall", 15), Map.entry("flow-accounting", 1), Map.entry("https", 6),
      Map.entry("ids", 1), Map.entry("interfaces", 32), Map.entry("ipoe-server", 3),
      Map.entry("ipsec", 13), Map.entry("isis", 3), Map.entry("l2tp", 9), Map.entry("lldp", 2),
      Map.entry("mdns", 1), Map.entry("monitoring", 1), Map.entry("nat", 8), Map.entry("nat66", 3),
      Map.entry("ntp", 3), Map.entry("openconnect", 3), Map.entry("ospf", 2), Map.entry("pim", 1),
      Map.entry("policy", 8), Map.entry("pppoe-server", 10), Map.entry("pptp", 5), Map.entry("qos", 2),
      Map.entry("quagga", 11), Map.entry("reverse-proxy", 1), Map.entry("rip", 1), Map.entry("rpki", 2),
      Map.entry("salt", 1), Map.entry("snmp", 3), Map.entry("ssh", 2), Map.entry("sstp", 6),
      Map.entry("system", 27), Map.entry("vrf", 3), Map.entry("vrrp", 4),
      Map.entry("vyos-accel-ppp", 2), Map.entry("wanloadbalance", 3), Map.entry("webproxy", 2)));

  private VyosRelease() {}

  /**
   * @param release the image's release, for example {@code 1.4.0}
   * @return the footer lines VyOS 1.4 writes after a saved configuration, without the {@code //}
   */
  static List<String> footer(String release) {
    String versions = COMPONENT_VERSIONS.entrySet().stream()
        .map(e -> e.getKey() + "@" + e.getValue())
        .collect(Collectors.joining(":"));
    return List.of("Warning: Do not remove the following line.",
        "vyos-config-version: \"" + versions + "\"",
        "Release version: " + release);
  }
}
