package dev.lab.core.facts;

import java.util.List;

/**
 * A machine's hardware facts: what Lab knows about a machine before it is onboarded. Only {@code
 * mac}, {@code architecture} and {@code firmware} are required; everything else is nullable (or an
 * empty list) when the machine did not reveal it.
 *
 * @param mac the MAC of the NIC the machine booted from, lowercase and colon-separated
 * @param architecture {@code x86_64}, {@code aarch64} or {@code riscv64}
 * @param firmware {@code bios} or {@code uefi}
 * @param cpu the processors; nullable
 * @param memoryBytes the installed memory in bytes; nullable
 * @param disks the block devices (no partitions, loop or RAM disks)
 * @param nics the physical network interfaces
 * @param dmi the DMI (SMBIOS) identity; nullable
 * @param bmc the baseboard management controller, when visible; nullable
 */
public record Facts(String mac, String architecture, String firmware, Cpu cpu, Long memoryBytes,
    List<Disk> disks, List<Nic> nics, Dmi dmi, Bmc bmc) {

  public Facts {
    disks = disks == null ? List.of() : List.copyOf(disks);
    nics = nics == null ? List.of() : List.copyOf(nics);
  }

  /**
   * The processors.
   *
   * @param model the model name, for example {@code AMD EPYC 7543P 32-Core Processor}; nullable
   * @param sockets the populated sockets; nullable
   * @param cores the physical cores over all sockets; nullable
   * @param threads the hardware threads (logical CPUs); nullable
   */
  public record Cpu(String model, Integer sockets, Integer cores, Integer threads) {
  }

  /**
   * A block device.
   *
   * @param name the kernel name, for example {@code nvme0n1}
   * @param path its device path, for example {@code /dev/nvme0n1}
   * @param byId a stable {@code /dev/disk/by-id/} path; nullable
   * @param sizeBytes its size in bytes
   * @param type {@code hdd}, {@code ssd}, {@code nvme} or {@code virtio}
   * @param model the model; nullable
   * @param serial the serial number; nullable
   */
  public record Disk(String name, String path, String byId, Long sizeBytes, String type, String model,
      String serial) {
  }

  /**
   * A network interface.
   *
   * @param name the kernel name, for example {@code eno1}
   * @param mac its MAC, lowercase and colon-separated
   * @param driver the kernel driver; nullable
   * @param speedMbps the negotiated speed in Mbit/s; nullable when unknown (no link)
   * @param link whether it has a carrier; nullable when unknown
   */
  public record Nic(String name, String mac, String driver, Long speedMbps, Boolean link) {
  }

  /**
   * The DMI (SMBIOS) identity.
   *
   * @param vendor the system vendor; nullable
   * @param product the product name; nullable
   * @param serial the system serial number; nullable
   * @param uuid the system UUID; nullable
   */
  public record Dmi(String vendor, String product, String serial, String uuid) {
  }

  /**
   * The baseboard management controller.
   *
   * @param address its IPv4 or IPv6 address
   */
  public record Bmc(String address) {
  }
}
