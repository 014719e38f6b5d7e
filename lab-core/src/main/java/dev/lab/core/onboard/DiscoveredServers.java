package dev.lab.core.onboard;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Server;
import dev.lab.core.facts.Facts;
import dev.lab.core.rules.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A discovered machine as the server record its onboarding renders: architecture and firmware from
 * its facts, its NICs, DHCP on the NIC it booted from, the profile and labels of the rule (or
 * operator) that onboards it, and its scalar facts.
 */
public final class DiscoveredServers {
  private DiscoveredServers() {}

  /**
   * @param name the name it is onboarded under
   * @param facts its facts
   * @param profile the profile it is onboarded with
   * @param labels its labels
   * @return the server record
   */
  public static Server of(String name, Facts facts, String profile, List<String> labels) {
    List<Nic> nics = new ArrayList<>();
    String bootNic = null;
    for (Facts.Nic n : facts.nics()) {
      nics.add(new Nic(n.name(), n.mac()));
      if (n.mac().equals(facts.mac())) {
        bootNic = n.name();
      }
    }
    if (bootNic == null) {
      bootNic = nics.stream().map(Nic::name).anyMatch("eth0"::equals) ? "boot0" : "eth0";
      nics.add(0, new Nic(bootNic, facts.mac()));
    }
    Architecture arch = Architecture.fromId(facts.architecture()).orElseThrow();
    Firmware firmware = facts.firmware().equals("bios") ? Firmware.BIOS : Firmware.UEFI;
    Network network = new Network(List.of(NetInterface.dhcp(bootNic, facts.mac())), null, null);
    return new Server(name, name, null, arch, firmware, nics, network, profile, labels,
        new TreeMap<>(Machine.of(name, facts, labels).facts()), null);
  }
}
