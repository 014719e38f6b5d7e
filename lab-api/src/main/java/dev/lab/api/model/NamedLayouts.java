package dev.lab.api.model;

import java.util.List;

/**
 * Disk layouts known by name, as data, so every install path lays a disk out the same way: the
 * native installer writes them itself, the rootfs agent recreates them.
 */
public final class NamedLayouts {
  private NamedLayouts() {}

  /**
   * The XCP-ng 8.3 host layout on a GPT disk, in on-disk order, as XCP-ng's host installer creates
   * it: log (5), backup root (2), dom0 root (1), boot (4: an EFI system partition under UEFI, a
   * BIOS boot partition under BIOS), swap (6), and the local storage repository (3) as an LVM
   * physical volume on the rest of the disk. Sizes are the installer's (MiB): root and backup
   * 18432, log 4096, boot 512, swap 1024.
   *
   * @param firmware the firmware the host boots with
   * @return the partitions in on-disk order
   */
  public static List<LayoutPartition> xcpng(Firmware firmware) {
    LayoutPartition boot = firmware == Firmware.UEFI
        ? new LayoutPartition(4, "esp", Size.mib(512), "vfat", "/boot/efi")
        : new LayoutPartition(4, "bios-boot", Size.mib(512), null, null);
    return List.of(
        new LayoutPartition(5, "log", Size.mib(4096), "ext3", "/var/log"),
        new LayoutPartition(2, "backup-root", Size.mib(18432), null, null),
        new LayoutPartition(1, "root", Size.mib(18432), "ext3", "/"),
        boot,
        new LayoutPartition(6, "swap", Size.mib(1024), "swap", null),
        new LayoutPartition(3, "sr", Size.remaining(), null, null));
  }
}
