package dev.lab.core.ssh;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A machine's hardware facts, in the JSON shape the discovery agent posts (the rootfs contract,
 * section 5), so rules see the same facts whichever way a machine arrived. Unknown values are
 * null and left out of the JSON.
 *
 * @param mac the MAC of the primary NIC (the first with a link)
 * @param architecture {@code x86_64}, {@code aarch64}...
 * @param firmware {@code uefi} or {@code bios}
 * @param cpu the processors
 * @param memoryBytes the memory
 * @param disks the whole disks
 * @param nics the network interfaces (not loopback)
 * @param dmi the DMI/SMBIOS identity
 * @param bmc the BMC, when visible from the OS
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HostFacts(String mac, String architecture, String firmware, Cpu cpu, Long memoryBytes,
    List<Disk> disks, List<NicFacts> nics, Dmi dmi, Bmc bmc) {

  public HostFacts {
    disks = List.copyOf(disks);
    nics = List.copyOf(nics);
  }

  /** @param model the model name; @param sockets sockets; @param cores cores; @param threads hardware threads */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cpu(String model, Integer sockets, Integer cores, Integer threads) {}

  /**
   * @param name kernel name, e.g. {@code nvme0n1}
   * @param path device path
   * @param byId a stable {@code /dev/disk/by-id/} path, nullable
   * @param sizeBytes size
   * @param type {@code hdd}, {@code ssd}, {@code nvme} or {@code virtio}
   * @param model model, nullable
   * @param serial serial number, nullable
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Disk(String name, String path, String byId, Long sizeBytes, String type, String model,
      String serial) {}

  /**
   * @param name interface name
   * @param mac MAC address, lowercase
   * @param driver kernel driver, nullable (virtual interfaces have none)
   * @param speedMbps link speed, nullable when unknown
   * @param link whether it has a carrier
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NicFacts(String name, String mac, String driver, Integer speedMbps, boolean link) {}

  /** @param vendor vendor; @param product product; @param serial serial; @param uuid SMBIOS UUID */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Dmi(String vendor, String product, String serial, String uuid) {}

  /** @param address the BMC's IP address */
  public record Bmc(String address) {}
}
