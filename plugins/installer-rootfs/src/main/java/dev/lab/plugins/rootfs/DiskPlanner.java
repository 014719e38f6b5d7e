package dev.lab.plugins.rootfs;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.LayoutPartition;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NamedLayouts;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Size;
import dev.lab.api.model.VolumeGroup;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.LvmAction;
import dev.lab.api.plan.MkfsAction;
import dev.lab.api.plan.MountAction;
import dev.lab.api.plan.PartitionAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a profile's disk layout into the partition, LVM, mkfs and mount actions, and the
 * filesystems {@code /etc/fstab} lists. Every layout starts with the firmware's boot partition: a
 * 1 MiB BIOS boot partition for GRUB's core image, or a 512 MiB EFI system partition mounted at
 * {@code /boot/efi}.
 */
final class DiskPlanner {
  static final String VG = "vg0";

  private DiskPlanner() {}

  /**
   * The disk part of a plan.
   *
   * @param actions partition, lvm, mkfs and mount actions, in order
   * @param filesystems every filesystem and swap space, root first
   */
  record DiskPlan(List<Action> actions, List<Filesystem> filesystems) {}

  static DiskPlan plan(String server, DiskDevice disk, DiskLayout layout, Firmware firmware, ActionIds ids) {
    Builder b = new Builder(server, disk);
    switch (layout.layout()) {
      case DIRECT -> {
        b.bootPartition(firmware);
        b.partition("root", Size.remaining(), "linux", "ext4", "/");
      }
      case LVM -> {
        b.bootPartition(firmware);
        b.partition("boot", Size.mib(1024), "linux", "ext4", "/boot");
        String pv = b.partition("pv-" + VG, Size.remaining(), "lvm", null, null);
        b.volumeGroup(VG, List.of(pv), List.of(new LogicalVolume("root", "/", Size.remaining(), "ext4")));
      }
      case CUSTOM -> custom(b, layout, firmware);
      case XCPNG -> xcpng(b, firmware);
    }
    return b.build(ids);
  }

  private static void custom(Builder b, DiskLayout layout, Firmware firmware) {
    boolean ownEsp = firmware == Firmware.UEFI
        && layout.partitions().stream().anyMatch(p -> "/boot/efi".equals(p.mount()));
    if (!ownEsp) {
      b.bootPartition(firmware);
    }
    for (Partition p : layout.partitions()) {
      if (p.volumeGroup() != null) {
        b.partition("pv-" + p.volumeGroup(), p.size(), "lvm", null, null);
      } else if ("swap".equals(p.mount()) || "swap".equals(p.fstype())) {
        b.partition("swap", p.size(), "swap", "swap", "swap");
      } else {
        String fstype = p.fstype() == null ? (firmware == Firmware.UEFI && "/boot/efi".equals(p.mount()) ? "vfat" : "ext4")
            : p.fstype();
        boolean esp = firmware == Firmware.UEFI && "/boot/efi".equals(p.mount());
        b.partition(name(p.mount()), p.size(), esp ? "esp" : "linux", fstype, p.mount());
      }
    }
    for (VolumeGroup vg : layout.volumeGroups()) {
      List<String> devices = new ArrayList<>();
      List<Partition> parts = layout.partitions();
      for (int i = 0; i < parts.size(); i++) {
        if (vg.name().equals(parts.get(i).volumeGroup())) {
          devices.add(b.devices.get(i + (ownEsp ? 0 : 1)));
        }
      }
      b.volumeGroup(vg.name(), devices, vg.logicalVolumes());
    }
  }

  private static void xcpng(Builder b, Firmware firmware) {
    for (LayoutPartition p : NamedLayouts.xcpng(firmware)) {
      String type = switch (p.role()) {
        case "esp" -> "esp";
        case "bios-boot" -> "bios-boot";
        case "swap" -> "swap";
        case "sr" -> "lvm";
        default -> "linux";
      };
      String fstype = p.fstype() == null ? null : p.fstype().equals("ext3") ? "ext4" : p.fstype();
      String mount = "swap".equals(fstype) ? "swap" : p.mount();
      b.numbered(p.number(), p.role(), p.size(), type, fstype, mount);
    }
  }

  private static String name(String mount) {
    return mount.equals("/") ? "root" : mount.substring(1).replaceAll("[^a-z0-9]+", "-");
  }

  /** Collects partitions, volume groups and filesystems in disk order. */
  private static final class Builder {
    private final String server;
    private final DiskDevice disk;
    private final List<PartitionAction.Partition> partitions = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();
    private final List<LvmAction.VolumeGroup> groups = new ArrayList<>();
    private final List<Filesystem> filesystems = new ArrayList<>();

    Builder(String server, DiskDevice disk) {
      this.server = server;
      this.disk = disk;
    }

    void bootPartition(Firmware firmware) {
      if (firmware == Firmware.UEFI) {
        partition("esp", Size.mib(512), "esp", "vfat", "/boot/efi");
      } else {
        partition("bios", Size.mib(1), "bios-boot", null, null);
      }
    }

    /** @return the new partition's device */
    String partition(String name, Size size, String type, String fstype, String mount) {
      return numbered(partitions.size() + 1, name, size, type, fstype, mount);
    }

    String numbered(int number, String name, Size size, String type, String fstype, String mount) {
      String device = disk.partition(number);
      partitions.add(new PartitionAction.Partition(number, name, size.toString(), type));
      devices.add(device);
      if (fstype != null) {
        filesystems.add(Filesystem.of(server, device, fstype, mount));
      }
      return device;
    }

    void volumeGroup(String name, List<String> pvs, List<LogicalVolume> volumes) {
      List<LvmAction.LogicalVolume> lvs = new ArrayList<>();
      for (LogicalVolume lv : volumes) {
        lvs.add(new LvmAction.LogicalVolume(lv.name(), lv.size().toString()));
        String device = "/dev/" + name + "/" + lv.name();
        String mount = "swap".equals(lv.fstype()) ? "swap" : lv.mount();
        filesystems.add(Filesystem.of(server, device, lv.fstype(), mount));
      }
      groups.add(new LvmAction.VolumeGroup(name, pvs, lvs));
    }

    DiskPlan build(ActionIds ids) {
      List<Action> actions = new ArrayList<>();
      actions.add(new PartitionAction(ids.unique("partition"), disk.path(), "gpt", partitions));
      if (!groups.isEmpty()) {
        actions.add(new LvmAction(ids.unique("lvm"), groups));
      }
      List<Filesystem> ordered = new ArrayList<>(filesystems);
      ordered.sort(Comparator.comparing((Filesystem f) -> f.swap()).thenComparing(f -> depth(f.mount()))
          .thenComparing(Filesystem::mount));
      for (Filesystem f : ordered) {
        actions.add(new MkfsAction(ids.unique("mkfs-" + f.slug()), f.device(), f.fstype(), f.label(), f.id()));
      }
      for (Filesystem f : ordered) {
        if (!f.swap()) {
          actions.add(new MountAction(ids.unique("mount-" + f.slug()), f.device(), f.mount(), f.fstype()));
        }
      }
      return new DiskPlan(actions, ordered);
    }

    private static int depth(String mount) {
      return mount.equals("/") ? 0 : mount.split("/").length - 1;
    }
  }
}
