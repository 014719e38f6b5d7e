package dev.lab.core.config;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.VolumeGroup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a disk layout as a whole: partitions only in custom layouts, a root file system, one
 * {@code rest} and only last, unique mount points, swap consistency and LVM references.
 */
final class DiskChecks {
  private final Origins origins;
  private final Problems problems;
  private final Map<String, String> mounts = new HashMap<>();

  DiskChecks(Origins origins, Problems problems) {
    this.origins = origins;
    this.problems = problems;
  }

  /** Checks the layout written at {@code base} (for example {@code disk}). */
  void check(DiskLayout disk, String base) {
    String partitionsAt = PropertyPath.child(base, "partitions");
    String groupsAt = PropertyPath.child(base, "volumeGroups");
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      if (!disk.partitions().isEmpty()) {
        report(partitionsAt, "partitions apply only to layout custom (this layout is " + disk.layout() + ")");
      }
      if (!disk.volumeGroups().isEmpty()) {
        report(groupsAt, "volume groups apply only to layout custom (this layout is " + disk.layout() + ")");
      }
      return;
    }
    if (disk.partitions().isEmpty()) {
      report(PropertyPath.child(base, "layout"), "a custom layout needs partitions");
      return;
    }
    Set<String> groups = new HashSet<>();
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      VolumeGroup vg = disk.volumeGroups().get(g);
      String at = PropertyPath.index(groupsAt, g);
      if (!groups.add(vg.name())) {
        report(PropertyPath.child(at, "name"), "volume group '" + vg.name() + "' is defined twice");
      }
      volumes(vg, at);
    }
    Set<String> used = new HashSet<>();
    for (int i = 0; i < disk.partitions().size(); i++) {
      Partition p = disk.partitions().get(i);
      String at = PropertyPath.index(partitionsAt, i);
      if (p.size().rest() && i < disk.partitions().size() - 1) {
        report(PropertyPath.child(at, "size"), "only the last partition can take the rest of the disk");
      }
      if (p.volumeGroup() != null) {
        used.add(p.volumeGroup());
        if (!groups.contains(p.volumeGroup())) {
          report(PropertyPath.child(at, "volumeGroup"), "no volume group named '" + p.volumeGroup()
              + "' under volumeGroups" + Suggest.didYouMean(p.volumeGroup(), groups));
        }
        if (p.mount() != null || p.fstype() != null) {
          report(at, "a physical volume of " + p.volumeGroup() + " has no mount point or file system");
        }
      } else if (p.mount() == null && !"biosboot".equals(p.fstype())) {
        report(at, "a partition needs a mount point, 'swap', or a volumeGroup it belongs to");
      } else {
        mount(p.mount(), p.fstype(), at);
      }
    }
    for (int g = 0; g < disk.volumeGroups().size(); g++) {
      if (!used.contains(disk.volumeGroups().get(g).name())) {
        report(PropertyPath.index(groupsAt, g), "no partition is a physical volume of "
            + disk.volumeGroups().get(g).name() + ": set volumeGroup on a partition");
      }
    }
    if (!mounts.containsKey("/")) {
      report(partitionsAt, "a custom layout needs a root file system: mount a partition or logical volume at /");
    }
  }

  private void volumes(VolumeGroup vg, String at) {
    Set<String> names = new HashSet<>();
    List<LogicalVolume> lvs = vg.logicalVolumes();
    if (lvs.isEmpty()) {
      report(PropertyPath.child(at, "logicalVolumes"), "a volume group needs at least one logical volume");
    }
    for (int i = 0; i < lvs.size(); i++) {
      LogicalVolume lv = lvs.get(i);
      String lvAt = PropertyPath.index(PropertyPath.child(at, "logicalVolumes"), i);
      if (!names.add(lv.name())) {
        report(PropertyPath.child(lvAt, "name"), "logical volume '" + lv.name() + "' is defined twice in "
            + vg.name());
      }
      if (lv.size().rest() && i < lvs.size() - 1) {
        report(PropertyPath.child(lvAt, "size"), "only the last logical volume can take the rest of the group");
      }
      mount(lv.mount(), lv.fstype(), lvAt);
    }
  }

  private void mount(String mount, String fstype, String at) {
    if (mount == null) {
      return;
    }
    boolean swapMount = mount.equals("swap");
    if (fstype != null && swapMount != fstype.equals("swap")) {
      report(PropertyPath.child(at, "fstype"), swapMount ? "swap space has file system swap, not " + fstype
          : "file system swap is mounted as 'swap', not at " + mount);
    }
    if (fstype != null && fstype.equals("biosboot")) {
      report(PropertyPath.child(at, "mount"), "a biosboot partition is not mounted");
    }
    if (!swapMount && mounts.putIfAbsent(mount, at) != null) {
      report(PropertyPath.child(at, "mount"), mount + " is already mounted by " + mounts.get(mount));
    }
  }

  private void report(String path, String message) {
    problems.add(origins.at(path, message));
  }
}
