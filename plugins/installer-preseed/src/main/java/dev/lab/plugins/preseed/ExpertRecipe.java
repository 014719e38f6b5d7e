package dev.lab.plugins.preseed;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Size;
import dev.lab.api.model.VolumeGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A custom disk layout as a partman-auto expert recipe (the format of {@code
 * partman-auto/expert_recipe}, documented in partman-auto's {@code recipes.txt} and the installation
 * guide's appendix B). One entry per partition, {@code <min> <priority> <max> <fs> <specifiers> .},
 * sizes in MB (10^6 bytes, partman's unit). Physical volumes carry {@code method{ lvm } vg_name{ VG
 * }}; logical volumes carry {@code $lvmok{ } in_vg{ VG } lv_name{ LV }} (partman-auto-lvm).
 *
 * <p>Platform partitions the profile does not list are added: the EFI system partition on UEFI
 * machines, and a BIOS boot partition on BIOS machines (used only when the disk gets a GPT label).
 * The recipe is written on one line: partman splits it into words.
 */
final class ExpertRecipe {
  /** The size, priority and maximum of the EFI system partition d-i's own recipes use. */
  private static final String ESP = "538 538 1075 free $iflabel{ gpt } $reusemethod{ } method{ efi } format{ } .";
  private static final String BIOS_BOOT = "1 1 1 free $iflabel{ gpt } $reusemethod{ } method{ biosgrub } .";

  private ExpertRecipe() {}

  /** @return the recipe, one line */
  static String of(DiskLayout disk, Firmware firmware) {
    List<String> entries = new ArrayList<>();
    boolean hasEsp = disk.partitions().stream().anyMatch(p -> "/boot/efi".equals(p.mount()));
    if (firmware == Firmware.UEFI && !hasEsp) {
      entries.add(ESP);
    } else if (firmware == Firmware.BIOS) {
      entries.add(BIOS_BOOT);
    }
    String bootable = disk.partitions().stream().anyMatch(p -> "/boot".equals(p.mount())) ? "/boot" : "/";
    for (Partition p : disk.partitions()) {
      entries.add(partition(p, bootable));
    }
    for (VolumeGroup vg : disk.volumeGroups()) {
      for (LogicalVolume lv : vg.logicalVolumes()) {
        entries.add(logicalVolume(vg, lv));
      }
    }
    return "lab : " + String.join(" ", entries);
  }

  private static String partition(Partition p, String bootable) {
    String sizes = sizes(p.size());
    if (p.volumeGroup() != null) {
      return sizes + " ext4 method{ lvm } vg_name{ " + p.volumeGroup() + " } .";
    }
    if (isSwap(p.mount(), p.fstype())) {
      return sizes + " linux-swap method{ swap } format{ } .";
    }
    if ("/boot/efi".equals(p.mount())) {
      return sizes + " free method{ efi } format{ } .";
    }
    String fs = filesystem(p.fstype());
    String flag = bootable.equals(p.mount()) ? "$bootable{ } " : "";
    return sizes + " " + fs + " " + flag + mounted(fs, p.mount());
  }

  private static String logicalVolume(VolumeGroup vg, LogicalVolume lv) {
    String head = sizes(lv.size());
    String lvm = "$lvmok{ } in_vg{ " + vg.name() + " } lv_name{ " + lv.name() + " } ";
    if (isSwap(lv.mount(), lv.fstype())) {
      return head + " linux-swap " + lvm + "method{ swap } format{ } .";
    }
    String fs = filesystem(lv.fstype());
    return head + " " + fs + " " + lvm + mounted(fs, lv.mount());
  }

  private static String mounted(String fs, String mount) {
    return "method{ format } format{ } use_filesystem{ } filesystem{ " + fs + " } mountpoint{ " + mount + " } .";
  }

  static boolean isSwap(String mount, String fstype) {
    return "swap".equals(mount) || "swap".equals(fstype);
  }

  /** @return partman's name for a filesystem ({@code vfat} is {@code fat32} there) */
  static String filesystem(String fstype) {
    String fs = fstype == null ? "ext4" : fstype.toLowerCase(Locale.ROOT);
    return fs.equals("vfat") ? "fat32" : fs;
  }

  /** @return {@code min priority max} in partman's MB: fixed sizes exactly, {@code rest} everything left */
  static String sizes(Size size) {
    if (size.rest()) {
      return "1000 1000000000 -1";
    }
    long mb = Math.max(1, (size.bytes() + 999_999) / 1_000_000);
    return mb + " " + mb + " " + mb;
  }
}
