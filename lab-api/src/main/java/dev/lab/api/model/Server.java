package dev.lab.api.model;

import java.util.List;
import java.util.Map;

/**
 * A machine in the inventory.
 *
 * @param name its unique name in the lab
 * @param hostname the short host name it gets (RFC 1123 label); the host fills in {@code name}
 *     when the inventory leaves it out
 * @param domain the DNS domain; nullable
 * @param arch its CPU architecture
 * @param firmware how it boots
 * @param nics its physical NICs
 * @param network its own network configuration, overriding the profile's; nullable
 * @param profile the profile it is onboarded with by default; nullable
 * @param labels labels (in addition to the profile's)
 * @param facts discovered or declared hardware facts (cores, memory, provider...)
 * @param sshAddress where to reach it over SSH when it already runs an OS; nullable
 * @param boot whether it can network-boot ({@link BootPath#NETWORK}, the default) or is onboarded
 *     over SSH only ({@link BootPath#SSH}: Apple Silicon, cloud VMs)
 */
@Doc("A machine in the inventory.")
public record Server(
    @Doc(value = "Unique name.", required = true, example = "web01") String name,
    @Doc(value = "Host name (RFC 1123 label); defaults to the name.", example = "web01") String hostname,
    @Doc(value = "DNS domain.", example = "lab.example") String domain,
    @Doc(value = "x86_64, aarch64 or riscv64.", required = true) Architecture arch,
    @Doc(value = "bios or uefi.", defaultValue = "uefi") Firmware firmware,
    @Doc(value = "Physical NICs.", required = true) List<Nic> nics,
    @Doc("Network configuration; overrides the profile's.") Network network,
    @Doc(value = "Default profile.", example = "web") String profile,
    @Doc(value = "Labels, in addition to the profile's.", example = "[rack1]") List<String> labels,
    @Doc(value = "Hardware facts.", example = "{cores: '64', memory: 512GB, provider: ovh}")
        Map<String, String> facts,
    @Doc(value = "SSH address of a machine that already runs an OS.", example = "192.0.2.20")
        String sshAddress,
    @Doc(value = "network (it can network-boot) or ssh (it cannot: Apple Silicon under Asahi Linux, "
        + "cloud VMs; onboard it with lab onboard --provider ssh).", defaultValue = "network") BootPath boot) {

  public Server {
    boot = boot == null ? BootPath.NETWORK : boot;
    firmware = firmware == null ? Firmware.UEFI : firmware;
    nics = nics == null ? List.of() : List.copyOf(nics);
    labels = labels == null ? List.of() : List.copyOf(labels);
    facts = facts == null ? Map.of() : Map.copyOf(facts);
    hostname = hostname == null ? name : hostname;
  }

  /** A server that network-boots (the inventory's default). */
  public Server(String name, String hostname, String domain, Architecture arch, Firmware firmware,
      List<Nic> nics, Network network, String profile, List<String> labels, Map<String, String> facts,
      String sshAddress) {
    this(name, hostname, domain, arch, firmware, nics, network, profile, labels, facts, sshAddress,
        BootPath.NETWORK);
  }

  /** @return {@code hostname.domain}, or the host name when there is no domain */
  public String fqdn() {
    return domain == null ? hostname : hostname + "." + domain;
  }
}
