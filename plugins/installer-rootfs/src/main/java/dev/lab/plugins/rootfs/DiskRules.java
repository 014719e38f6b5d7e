package dev.lab.plugins.rootfs;

import dev.lab.api.Problem;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.VolumeGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a custom disk layout for the rootfs deploy: filesystems ext4, xfs, vfat or swap, one
 * root filesystem, unique mount points, 'rest' only last, volume groups with physical volumes. The
 * lvm, direct and xcpng layouts are fixed by Lab and need no checks.
 */
final class DiskRules {
  private static final Set<String> FILESYSTEMS = Set.of("ext4", "xfs", "vfat", "swap");

  private DiskRules() {}

  static List<Problem> check(DiskLayout disk) {
    List<Problem> problems = new ArrayList<>();
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      if (!disk.partitions().isEmpty() || !disk.volumeGroups().isEmpty()) {
        problems.add(Problem.of("profile.disk.partitions", "partitions and volume groups belong to the custom"
            + " layout; the " + disk.layout() + " layout is fixed"));
      }
      return problems;
    }
    if (disk.partitions().isEmpty()) {
      problems.add(Problem.of("profile.disk.partitions", "a custom layout needs its partitions"));
    }
    Set<String> mounts = new HashSet<>();
    Set<String> groups = new HashSet<>();
    disk.volumeGroups().forEach(v -> groups.add(v.name()));
    Set<String> used = new HashSet<>();
    for (int i = 0; i < disk.partitions().size(); i++) {
      Partition p = disk.partitions().get(i);
      String at = "profile.disk.partitions[" + i + "]";
      if (p.size() == null) {
        problems.add(Problem.of(at + ".size", "a partition needs a size"));
      } else if (p.size().rest() && i != disk.partitions().size() - 1) {
        problems.add(Problem.of(at + ".size", "only the last partition can take the rest of the disk"));
      }
      if (p.volumeGroup() != null) {
        if (!groups.contains(p.volumeGroup())) {
          problems.add(Problem.of(at + ".volumeGroup", "no volume group named " + p.volumeGroup()
              + " in profile disk.volumeGroups"));
        }
        if (p.mount() != null || p.fstype() != null) {
          problems.add(Problem.of(at + ".mount", "a physical volume of " + p.volumeGroup() + " has no mount or fstype"));
        }
        used.add(p.volumeGroup());
        continue;
      }
      mount(p.mount(), p.fstype(), at, mounts, problems);
    }
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      VolumeGroup vg = disk.volumeGroups().get(g);
      String at = "profile.disk.volumeGroups[" + g + "]";
      if (!Syntax.lvmName(vg.name())) {
        problems.add(Problem.of(at + ".name", "an LVM name is letters, digits, '_', '+', '.' and '-'"));
      }
      if (!used.contains(vg.name())) {
        problems.add(Problem.of(at + ".name", "volume group " + vg.name() + " has no partition (volumeGroup: "
            + vg.name() + ")"));
      }
      if (vg.logicalVolumes().isEmpty()) {
        problems.add(Problem.of(at + ".logicalVolumes", "a volume group needs logical volumes"));
      }
      Set<String> names = new HashSet<>();
      for (int l = 0; l < vg.logicalVolumes().size(); l++) {
        LogicalVolume lv = vg.logicalVolumes().get(l);
        String lat = at + ".logicalVolumes[" + l + "]";
        if (!Syntax.lvmName(lv.name()) || !names.add(lv.name())) {
          problems.add(Problem.of(lat + ".name", "a logical volume name is letters, digits, '_', '+', '.' and '-',"
              + " unique in its group"));
        }
        if (lv.size() == null) {
          problems.add(Problem.of(lat + ".size", "a logical volume needs a size"));
        } else if (lv.size().rest() && l != vg.logicalVolumes().size() - 1) {
          problems.add(Problem.of(lat + ".size", "only the last logical volume of a group can take the rest"));
        }
        mount(lv.mount(), lv.fstype(), lat, mounts, problems);
      }
    }
    if (!mounts.contains("/")) {
      problems.add(Problem.of("profile.disk.partitions", "a custom layout needs a root filesystem (mount: /)"));
    }
    return problems;
  }

  private static void mount(String mount, String fstype, String at, Set<String> mounts, List<Problem> problems) {
    String type = fstype == null ? ("swap".equals(mount) ? "swap" : "ext4") : fstype;
    if (!FILESYSTEMS.contains(type)) {
      problems.add(Problem.of(at + ".fstype", "the agent makes ext4, xfs, vfat or swap, not '" + fstype + "'"));
    }
    if (type.equals("swap")) {
      if (mount != null && !mount.equals("swap")) {
        problems.add(Problem.of(at + ".mount", "swap space has no mount point (write mount: swap)"));
      }
      return;
    }
    if (mount == null) {
      problems.add(Problem.of(at + ".mount", "a filesystem needs a mount point"));
    } else if (!Syntax.mountPoint(mount)) {
      problems.add(Problem.of(at + ".mount", "a mount point is an absolute path of letters, digits, '.', '_' and '-'"));
    } else if (!mounts.add(mount)) {
      problems.add(Problem.of(at + ".mount", mount + " is mounted twice"));
    } else if (mount.equals("/") && type.equals("vfat")) {
      problems.add(Problem.of(at + ".fstype", "the root filesystem cannot be vfat"));
    }
  }
}
