package dev.lab.plugins.preseed;

import dev.lab.api.Problem;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.VolumeGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What partman can do with the profile's disk layout, checked before rendering. */
final class DiskRules {
  private static final String AT = "profile.disk";
  private static final Set<String> FILESYSTEMS = Set.of("ext4", "ext3", "ext2", "xfs", "btrfs", "vfat", "swap");

  private final DiskLayout disk;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> mounts = new HashSet<>();

  private DiskRules(DiskLayout disk) {
    this.disk = disk;
  }

  static List<Problem> check(DiskLayout disk) {
    DiskRules rules = new DiskRules(disk);
    rules.run();
    return rules.problems;
  }

  private void run() {
    if (disk.device() != null) {
      String name = disk.deviceName();
      if (!Syntax.kernelDiskName(name) && !Syntax.diskLink(name)) {
        problems.add(Problem.of(AT + ".device", "name the disk by its kernel name (sda, vda, nvme0n1) or a"
            + " /dev/disk/by-id/... or /dev/disk/by-path/... link"));
      }
    }
    if (disk.layout() == DiskLayoutKind.XCPNG) {
      problems.add(Problem.of(AT + ".layout", "the xcpng layout is for XCP-ng hosts; a Debian install takes lvm,"
          + " direct or custom"));
      return;
    }
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      if (!disk.partitions().isEmpty() || !disk.volumeGroups().isEmpty()) {
        problems.add(Problem.of(AT + ".layout", "partitions and volume groups are only used by the custom layout:"
            + " set layout: custom or remove them"));
      }
      return;
    }
    if (disk.partitions().isEmpty()) {
      problems.add(Problem.of(AT + ".partitions", "a custom layout needs its partitions"));
      return;
    }
    Set<String> groups = new HashSet<>();
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      String name = disk.volumeGroups().get(g).name();
      if (!Syntax.lvmName(name)) {
        problems.add(Problem.of(AT + ".volumeGroups[" + g + "].name", "a volume group name is letters, digits,"
            + " '_', '+', '.' or '-'"));
      } else if (!groups.add(name)) {
        problems.add(Problem.of(AT + ".volumeGroups[" + g + "].name", "volume group " + name + " is defined twice"));
      }
    }
    partitions(groups);
    volumeGroups();
    if (!mounts.contains("/")) {
      problems.add(Problem.of(AT, "the custom layout has no root file system: mount a partition or logical volume on /"));
    }
  }

  private void partitions(Set<String> groups) {
    Set<String> used = new HashSet<>();
    int rest = 0;
    for (int i = 0; i < disk.partitions().size(); i++) {
      Partition p = disk.partitions().get(i);
      String at = AT + ".partitions[" + i + "]";
      if (p.size() == null) {
        problems.add(Problem.of(at + ".size", "a partition needs a size"));
      } else if (p.size().rest() && ++rest > 1) {
        problems.add(Problem.of(at + ".size", "only one partition can take the rest of the disk"));
      }
      if (p.volumeGroup() != null) {
        if (!groups.contains(p.volumeGroup())) {
          problems.add(Problem.of(at + ".volumeGroup", "no volume group of that name in profile.disk.volumeGroups"));
        }
        used.add(p.volumeGroup());
        if (p.mount() != null) {
          problems.add(Problem.of(at + ".mount", "a physical volume of a volume group is not mounted"));
        }
        continue;
      }
      fileSystem(at, p.mount(), p.fstype(), true);
    }
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      if (!used.contains(disk.volumeGroups().get(g).name())) {
        problems.add(Problem.of(AT + ".volumeGroups[" + g + "]", "no partition is a physical volume of this volume"
            + " group: set volumeGroup on one"));
      }
    }
  }

  private void volumeGroups() {
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      VolumeGroup vg = disk.volumeGroups().get(g);
      String vgAt = AT + ".volumeGroups[" + g + "]";
      if (vg.logicalVolumes().isEmpty()) {
        problems.add(Problem.of(vgAt + ".logicalVolumes", "a volume group needs logical volumes"));
      }
      Set<String> names = new HashSet<>();
      int rest = 0;
      for (int l = 0; l < vg.logicalVolumes().size(); l++) {
        LogicalVolume lv = vg.logicalVolumes().get(l);
        String at = vgAt + ".logicalVolumes[" + l + "]";
        if (!Syntax.lvmName(lv.name())) {
          problems.add(Problem.of(at + ".name", "a logical volume name is letters, digits, '_', '+', '.' or '-'"));
        } else if (!names.add(lv.name())) {
          problems.add(Problem.of(at + ".name", "logical volume " + lv.name() + " is defined twice"));
        }
        if (lv.size() == null) {
          problems.add(Problem.of(at + ".size", "a logical volume needs a size"));
        } else if (lv.size().rest() && ++rest > 1) {
          problems.add(Problem.of(at + ".size", "only one logical volume of a volume group can take the rest"));
        }
        if ("/boot".equals(lv.mount()) || "/boot/efi".equals(lv.mount())) {
          problems.add(Problem.of(at + ".mount", lv.mount() + " must be a partition, not a logical volume"));
        }
        fileSystem(at, lv.mount(), lv.fstype(), false);
      }
    }
  }

  private void fileSystem(String at, String mount, String fstype, boolean partition) {
    String fs = fstype == null ? null : fstype.toLowerCase(Locale.ROOT);
    if (fs != null && !FILESYSTEMS.contains(fs)) {
      problems.add(Problem.of(at + ".fstype", "partman formats " + FILESYSTEMS + "; not " + printable(fstype)));
      return;
    }
    if (ExpertRecipe.isSwap(mount, fs)) {
      if (mount != null && !mount.equals("swap") || fs != null && !fs.equals("swap")) {
        problems.add(Problem.of(at + ".mount", "swap has mount: swap and fstype: swap (or no fstype)"));
      }
      return;
    }
    if (mount == null) {
      problems.add(Problem.of(at + ".mount", partition ? "a partition needs a mount point, swap, or a volumeGroup"
          : "a logical volume needs a mount point or swap"));
      return;
    }
    if (!Syntax.mountPoint(mount)) {
      problems.add(Problem.of(at + ".mount", "a mount point is an absolute path of letters, digits, '.', '_' and '-'"));
      return;
    }
    if (!mounts.add(mount)) {
      problems.add(Problem.of(at + ".mount", mount + " is mounted twice"));
    }
    if (mount.equals("/boot/efi") && fs != null && !fs.equals("vfat")) {
      problems.add(Problem.of(at + ".fstype", "the EFI system partition /boot/efi is vfat"));
    }
    if ("vfat".equals(fs) && !partition) {
      problems.add(Problem.of(at + ".fstype", "vfat belongs on a partition, not on a logical volume"));
    }
  }

  private static String printable(String s) {
    return Syntax.singleLine(s) && s.length() <= 40 ? "'" + s + "'" : "that value";
  }
}
