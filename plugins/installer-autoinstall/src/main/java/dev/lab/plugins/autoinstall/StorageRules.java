package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.VolumeGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the disk layout against what subiquity can do: its {@code lvm} and {@code direct} layouts
 * on one matched disk, or an explicit curtin action list for a custom layout of partitions, volume
 * groups and logical volumes on that disk.
 */
final class StorageRules {
  private static final Set<String> SYSTEM_MOUNTS = Set.of("/proc", "/sys", "/dev", "/run");
  private static final String AT = "profile.disk";

  private StorageRules() {}

  static void check(DiskLayout disk, List<Problem> problems) {
    if (disk.device() != null) {
      try {
        DiskMatch.of(disk.device());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(AT + ".device", e.getMessage()));
      }
    }
    if (disk.layout() == DiskLayoutKind.XCPNG) {
      problems.add(Problem.of(AT + ".layout", "the xcpng layout is XCP-ng's own: Ubuntu takes lvm, direct or"
          + " custom"));
      return;
    }
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      if (!disk.partitions().isEmpty()) {
        problems.add(Problem.of(AT + ".partitions", "partitions apply only to the custom layout, not to "
            + disk.layout().id()));
      }
      if (!disk.volumeGroups().isEmpty()) {
        problems.add(Problem.of(AT + ".volumeGroups", "volume groups apply only to the custom layout, not to "
            + disk.layout().id()));
      }
      return;
    }
    checkCustom(disk, problems);
  }

  private static void checkCustom(DiskLayout disk, List<Problem> problems) {
    if (disk.partitions().isEmpty()) {
      problems.add(Problem.of(AT + ".partitions", "a custom layout needs partitions"));
      return;
    }
    Set<String> groups = new HashSet<>();
    Set<String> mounts = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      String name = disk.volumeGroups().get(g).name();
      if (name == null || !Syntax.lvmName(name)) {
        problems.add(Problem.of(AT + ".volumeGroups[" + g + "].name", "must be an LVM name: letters, digits,"
            + " '_', '.', '+' or '-', not starting with '-', at most 63 characters"));
      } else if (!groups.add(name)) {
        problems.add(Problem.of(AT + ".volumeGroups[" + g + "].name", "volume group '" + name
            + "' is defined twice"));
      }
    }
    List<Partition> parts = disk.partitions();
    for (int i = 0; i < parts.size(); i++) {
      Partition p = parts.get(i);
      String path = AT + ".partitions[" + i + "]";
      checkSize(p.size() == null, p.size() != null && p.size().rest(), i == parts.size() - 1,
          path + ".size", "partition", problems);
      if (p.volumeGroup() != null) {
        if (!groups.contains(p.volumeGroup())) {
          problems.add(Problem.of(path + ".volumeGroup", "names no volume group of this layout"));
        } else {
          used.add(p.volumeGroup());
        }
        if (p.mount() != null || p.fstype() != null) {
          problems.add(Problem.of(path + (p.mount() != null ? ".mount" : ".fstype"), "a physical volume of a"
              + " volume group is neither formatted nor mounted"));
        }
        continue;
      }
      checkMount(p.mount(), p.fstype(), true, path, mounts, problems);
    }
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      VolumeGroup vg = disk.volumeGroups().get(g);
      String path = AT + ".volumeGroups[" + g + "]";
      if (vg.name() != null && groups.contains(vg.name()) && !used.contains(vg.name())) {
        problems.add(Problem.of(path, "volume group '" + vg.name() + "' has no partition: give a partition"
            + " volumeGroup: " + vg.name()));
      }
      Set<String> names = new HashSet<>();
      for (int k = 0; k < vg.logicalVolumes().size(); k++) {
        LogicalVolume lv = vg.logicalVolumes().get(k);
        String lvPath = path + ".logicalVolumes[" + k + "]";
        if (lv.name() == null || !Syntax.lvmName(lv.name())) {
          problems.add(Problem.of(lvPath + ".name", "must be an LVM name: letters, digits, '_', '.', '+' or"
              + " '-', not starting with '-', at most 63 characters"));
        } else if (!names.add(lv.name())) {
          problems.add(Problem.of(lvPath + ".name", "logical volume '" + lv.name() + "' is defined twice"));
        }
        checkSize(lv.size() == null, lv.size() != null && lv.size().rest(),
            k == vg.logicalVolumes().size() - 1, lvPath + ".size", "logical volume", problems);
        if (lv.mount() == null) {
          problems.add(Problem.of(lvPath + ".mount", "a logical volume needs a mount point or 'swap'"));
        } else {
          checkMount(lv.mount(), lv.fstype(), false, lvPath, mounts, problems);
        }
      }
    }
    if (!mounts.contains("/")) {
      problems.add(Problem.of(AT + ".partitions", "a custom layout needs a partition or logical volume"
          + " mounted at /"));
    }
  }

  private static void checkSize(boolean missing, boolean rest, boolean last, String path, String what,
      List<Problem> problems) {
    if (missing) {
      problems.add(Problem.of(path, "a " + what + " needs a size"));
    } else if (rest && !last) {
      problems.add(Problem.of(path, "only the last " + what + " can take the rest of the space"));
    }
  }

  private static void checkMount(String mount, String fstype, boolean partition, String path,
      Set<String> mounts, List<Problem> problems) {
    if (mount != null) {
      if (!mount.equals("swap") && (!Syntax.mountPoint(mount) || SYSTEM_MOUNTS.contains(mount))) {
        problems.add(Problem.of(path + ".mount", "must be an absolute path of plain names (not /proc, /sys,"
            + " /dev or /run) or 'swap'"));
        return;
      }
      if (!mount.equals("swap") && !mounts.add(mount)) {
        problems.add(Problem.of(path + ".mount", mount + " is mounted twice"));
      }
      if (mount.equals(CurtinStorage.ESP_MOUNT) && !partition) {
        problems.add(Problem.of(path + ".mount", "the EFI system partition must be a partition, not a logical"
            + " volume"));
        return;
      }
    }
    if (fstype == null) {
      return;
    }
    if (!Syntax.FILESYSTEMS.contains(fstype)) {
      problems.add(Problem.of(path + ".fstype", "must be one of " + new TreeSet<>(Syntax.FILESYSTEMS)));
    } else if (fstype.equals("swap") != "swap".equals(mount) && mount != null) {
      problems.add(Problem.of(path + ".fstype", "swap is the filesystem of mount 'swap' and of nothing else"));
    } else if (CurtinStorage.ESP_MOUNT.equals(mount) && !fstype.equals("vfat")) {
      problems.add(Problem.of(path + ".fstype", "the EFI system partition must be vfat"));
    } else if (fstype.equals("vfat") && !partition) {
      problems.add(Problem.of(path + ".fstype", "vfat is for the EFI system partition, not a logical volume"));
    }
  }
}
