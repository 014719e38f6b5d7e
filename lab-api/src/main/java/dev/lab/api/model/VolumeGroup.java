package dev.lab.api.model;

import java.util.List;

/**
 * An LVM volume group built from the partitions that name it.
 *
 * @param name its name
 * @param logicalVolumes its logical volumes, in order
 */
@Doc("An LVM volume group.")
public record VolumeGroup(
    @Doc(value = "Name.", required = true, example = "vg0") String name,
    @Doc(value = "Logical volumes.", required = true) List<LogicalVolume> logicalVolumes) {

  public VolumeGroup {
    logicalVolumes = logicalVolumes == null ? List.of() : List.copyOf(logicalVolumes);
  }
}
