package dev.lab.api.plan;

import java.util.List;
import java.util.Objects;

/**
 * Creates LVM physical volumes on the given devices, the volume groups over them, and their
 * logical volumes in list order; the logical volume {@code lv} of group {@code vg} is then
 * {@code /dev/vg/lv}.
 *
 * @param id the action's id
 * @param volumeGroups the volume groups to create
 */
public record LvmAction(String id, List<VolumeGroup> volumeGroups) implements Action {
  private static final String LVM_NAME = "[A-Za-z0-9_][A-Za-z0-9_+.-]{0,63}";

  public LvmAction {
    PlanValues.id(id);
    volumeGroups = PlanValues.nonEmpty(volumeGroups, "volumeGroups");
  }

  @Override
  public String type() {
    return "lvm";
  }

  /**
   * A volume group.
   *
   * @param name the group's name
   * @param devices its physical volumes (partitions)
   * @param logicalVolumes its logical volumes, created in order; only the last may take the rest
   */
  public record VolumeGroup(String name, List<String> devices, List<LogicalVolume> logicalVolumes) {
    public VolumeGroup {
      lvmName(name, "volume group");
      devices = PlanValues.nonEmpty(devices, "devices");
      devices.forEach(PlanValues::device);
      logicalVolumes = PlanValues.nonEmpty(logicalVolumes, "logicalVolumes");
      for (int i = 0; i < logicalVolumes.size() - 1; i++) {
        if (logicalVolumes.get(i).size().equals("rest")) {
          throw new IllegalArgumentException("only the last logical volume of " + name + " may take the rest");
        }
      }
    }
  }

  /**
   * A logical volume.
   *
   * @param name its name
   * @param size a whole number of MiB, GiB or TiB, or {@code rest} for the group's free space
   */
  public record LogicalVolume(String name, String size) {
    public LogicalVolume {
      lvmName(name, "logical volume");
      PlanValues.size(size);
    }
  }

  private static void lvmName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!name.matches(LVM_NAME) || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(what + " name '" + name + "' must be letters, digits, '_', '+', '.' and '-'");
    }
  }
}
