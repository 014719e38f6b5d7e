package dev.lab.plugins.kickstart;

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

/** Checks the profile's disk layout against what kickstart's storage commands can express. */
final class DiskCheck {
  private static final String DISK = "profile.disk";

  private final DiskLayout disk;
  private final Problems problems;
  private final Set<String> mounts = new HashSet<>();

  private DiskCheck(DiskLayout disk, Problems problems) {
    this.disk = disk;
    this.problems = problems;
  }

  static void check(DiskLayout disk, Problems problems) {
    new DiskCheck(disk, problems).run();
  }

  private void run() {
    if (disk.device() != null) {
      problems.require(Syntax.matches(Syntax.DISK, disk.deviceName()), DISK + ".device",
          Syntax.show(disk.device()) + " is not a disk: give a kernel name such as sda or nvme0n1, or a"
              + " /dev/disk/by-id/... path");
    }
    if (disk.layout() == DiskLayoutKind.XCPNG) {
      problems.add(DISK + ".layout", "the xcpng layout is for XCP-ng hosts: kickstart installs lvm, direct or"
          + " custom layouts");
      return;
    }
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      problems.require(disk.partitions().isEmpty(), DISK + ".partitions",
          "partitions are only used by the custom layout, not by " + disk.layout());
      problems.require(disk.volumeGroups().isEmpty(), DISK + ".volumeGroups",
          "volume groups are only used by the custom layout, not by " + disk.layout());
      return;
    }
    Map<String, Integer> physicalVolumes = new HashMap<>();
    checkPartitions(physicalVolumes);
    checkVolumeGroups(physicalVolumes);
    problems.require(mounts.contains("/"), DISK + ".partitions",
        "a custom layout needs a partition or logical volume mounted at /");
  }

  private void checkPartitions(Map<String, Integer> physicalVolumes) {
    List<Partition> partitions = disk.partitions();
    problems.require(!partitions.isEmpty(), DISK + ".partitions", "a custom layout needs partitions");
    boolean restSeen = false;
    Set<String> groups = new HashSet<>();
    disk.volumeGroups().forEach(g -> groups.add(g.name()));
    for (int i = 0; i < partitions.size(); i++) {
      Partition p = partitions.get(i);
      String path = DISK + ".partitions[" + i + "]";
      if (p.size() == null) {
        problems.add(path + ".size", "a partition needs a size, or 'rest'");
      } else if (p.size().rest()) {
        problems.require(!restSeen, path + ".size", "only one partition can take the rest of the disk");
        restSeen = true;
      }
      if (p.volumeGroup() != null) {
        problems.require(p.mount() == null, path + ".mount", "a physical volume of an LVM volume group is not mounted");
        problems.require(p.fstype() == null, path + ".fstype", "a physical volume of an LVM volume group has no filesystem");
        if (groups.contains(p.volumeGroup())) {
          physicalVolumes.merge(p.volumeGroup(), 1, Integer::sum);
        } else {
          problems.add(path + ".volumeGroup", "no volume group is named " + Syntax.show(p.volumeGroup()));
        }
      } else if (p.mount() == null) {
        problems.add(path + ".mount", "a partition needs a mount point, 'swap', or a volume group to belong to");
      } else {
        checkMount(p.mount(), path + ".mount", false);
        checkFilesystem(p.mount(), p.fstype(), path + ".fstype");
      }
    }
  }

  private void checkVolumeGroups(Map<String, Integer> physicalVolumes) {
    Set<String> names = new HashSet<>();
    List<VolumeGroup> groups = disk.volumeGroups();
    for (int i = 0; i < groups.size(); i++) {
      VolumeGroup g = groups.get(i);
      String path = DISK + ".volumeGroups[" + i + "]";
      if (!Syntax.matches(Syntax.LVM_NAME, g.name())) {
        problems.add(path + ".name", Syntax.show(g.name()) + " is not an LVM name: use letters, digits, '_', '.', '+' or '-'");
        continue;
      }
      problems.require(names.add(g.name()), path + ".name", "another volume group is also named " + g.name());
      problems.require(physicalVolumes.containsKey(g.name()), path,
          "volume group " + g.name() + " has no partition: give a partition volumeGroup: " + g.name());
      problems.require(!g.logicalVolumes().isEmpty(), path + ".logicalVolumes",
          "volume group " + g.name() + " has no logical volumes");
      checkLogicalVolumes(g, path);
    }
  }

  private void checkLogicalVolumes(VolumeGroup g, String groupPath) {
    Set<String> names = new HashSet<>();
    boolean restSeen = false;
    for (int j = 0; j < g.logicalVolumes().size(); j++) {
      LogicalVolume lv = g.logicalVolumes().get(j);
      String path = groupPath + ".logicalVolumes[" + j + "]";
      if (!Syntax.matches(Syntax.LVM_NAME, lv.name())) {
        problems.add(path + ".name", Syntax.show(lv.name()) + " is not an LVM name: use letters, digits, '_', '.', '+' or '-'");
      } else {
        problems.require(names.add(lv.name()), path + ".name", "volume group " + g.name()
            + " has another logical volume named " + lv.name());
      }
      if (lv.size() == null) {
        problems.add(path + ".size", "a logical volume needs a size, or 'rest'");
      } else if (lv.size().rest()) {
        problems.require(!restSeen, path + ".size", "only one logical volume of a volume group can take the rest");
        restSeen = true;
      }
      if (lv.mount() == null) {
        problems.add(path + ".mount", "a logical volume needs a mount point or 'swap'");
      } else {
        checkMount(lv.mount(), path + ".mount", true);
        checkFilesystem(lv.mount(), lv.fstype(), path + ".fstype");
      }
    }
  }

  private void checkMount(String mount, String path, boolean logicalVolume) {
    if (!"swap".equals(mount) && !Syntax.matches(Syntax.MOUNT, mount)) {
      problems.add(path, Syntax.show(mount) + " is not a mount point: write an absolute path such as /var, or swap");
      return;
    }
    if ("/boot/efi".equals(mount)) {
      problems.add(path, "kickstart creates the firmware's boot partitions itself (reqpart): leave /boot/efi out");
      return;
    }
    if (logicalVolume && "/boot".equals(mount)) {
      problems.add(path, "/boot cannot be on LVM: make it a partition");
      return;
    }
    problems.require(mounts.add(mount), path, mount + " is mounted twice");
  }

  private void checkFilesystem(String mount, String fstype, String path) {
    if (fstype == null) {
      return; // the default: swap for swap, else the OS's default filesystem
    }
    if (!Syntax.FILESYSTEMS.contains(fstype)) {
      problems.add(path, Syntax.show(fstype) + " is not a filesystem kickstart creates here: use one of "
          + NetworkCheck.sorted(Syntax.FILESYSTEMS));
    } else {
      problems.require("swap".equals(mount) == "swap".equals(fstype), path,
          "swap space is mounted as 'swap' with fstype swap, and only there");
    }
  }
}
