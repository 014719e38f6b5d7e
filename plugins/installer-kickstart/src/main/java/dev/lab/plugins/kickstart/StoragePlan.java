package dev.lab.plugins.kickstart;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Size;
import dev.lab.api.model.VolumeGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated disk layout into kickstart storage commands: the target disk ({@code
 * ignoredisk --only-use} and {@code clearpart}), {@code zerombr}, and either {@code autopart} or
 * {@code reqpart} with explicit {@code part}, {@code volgroup} and {@code logvol} commands. Sizes
 * are whole MiB; {@code rest} becomes {@code --grow} from 1 MiB.
 *
 * <p>When the profile names no disk, the {@code %pre} script picks the first writable,
 * non-removable disk and writes the disk selection to {@value #DISK_INCLUDE}, which the kickstart
 * includes.
 */
final class StoragePlan {
  /** The file the {@code %pre} script writes the disk selection to when the profile names no disk. */
  static final String DISK_INCLUDE = "/tmp/lab-disk.ks";
  /** The filesystem of a mounted partition or logical volume that names none. */
  static final String DEFAULT_FILESYSTEM = "xfs";

  private final DiskLayout disk;

  StoragePlan(DiskLayout disk) {
    this.disk = disk;
  }

  /** @return whether the disk is chosen at install time by the {@code %pre} script */
  boolean diskChosenAtInstall() {
    return disk.device() == null;
  }

  /** @return the disk selection, empty when it is chosen at install time */
  List<KsCommand> diskSelection() {
    if (diskChosenAtInstall()) {
      return List.of();
    }
    String device = disk.deviceName();
    return List.of(
        KsCommand.of("ignoredisk").option("only-use", device).build(),
        KsCommand.of("clearpart").flag("all").flag("initlabel").option("drives", device).build());
  }

  /** @return the layout commands, after the disk selection and {@code zerombr} */
  List<KsCommand> layout() {
    return switch (disk.layout()) {
      case LVM -> List.of(KsCommand.of("autopart").option("type", "lvm").build());
      case DIRECT -> List.of(KsCommand.of("autopart").option("type", "plain").build());
      case CUSTOM -> custom();
      case XCPNG -> throw new IllegalStateException("the xcpng layout is refused by validation");
    };
  }

  private List<KsCommand> custom() {
    List<KsCommand> commands = new ArrayList<>();
    commands.add(KsCommand.of("reqpart").build());
    Map<String, List<String>> physicalVolumes = new LinkedHashMap<>();
    int pv = 0;
    for (Partition p : disk.partitions()) {
      KsCommand.Builder b = KsCommand.of("part");
      if (p.volumeGroup() != null) {
        String name = String.format("pv.%02d", ++pv);
        physicalVolumes.computeIfAbsent(p.volumeGroup(), k -> new ArrayList<>()).add(name);
        b.arg(name);
      } else {
        b.arg(p.mount()).option("fstype", filesystem(p.mount(), p.fstype()));
      }
      size(b, p.size());
      commands.add(b.build());
    }
    for (VolumeGroup g : disk.volumeGroups()) {
      KsCommand.Builder b = KsCommand.of("volgroup").arg(g.name());
      physicalVolumes.getOrDefault(g.name(), List.of()).forEach(b::arg);
      commands.add(b.build());
    }
    for (VolumeGroup g : disk.volumeGroups()) {
      for (LogicalVolume lv : g.logicalVolumes()) {
        KsCommand.Builder b = KsCommand.of("logvol").arg(lv.mount()).option("vgname", g.name())
            .option("name", lv.name()).option("fstype", filesystem(lv.mount(), lv.fstype()));
        size(b, lv.size());
        commands.add(b.build());
      }
    }
    return commands;
  }

  private static String filesystem(String mount, String fstype) {
    if (fstype != null) {
      return fstype;
    }
    return "swap".equals(mount) ? "swap" : DEFAULT_FILESYSTEM;
  }

  private static void size(KsCommand.Builder b, Size size) {
    if (size.rest()) {
      b.option("size", 1).flag("grow");
    } else {
      b.option("size", size.mib());
    }
  }
}
