package dev.lab.api.model;

import java.util.List;

/**
 * The disk a machine installs onto and how it is laid out.
 *
 * @param device the target disk: a kernel name ({@code sda}, {@code nvme0n1}), or a {@code
 *     /dev/disk/by-id/...} or {@code /dev/disk/by-path/...} path; nullable for "the first disk"
 * @param layout the layout kind
 * @param partitions for {@link DiskLayoutKind#CUSTOM}, the partitions in order
 * @param volumeGroups for {@link DiskLayoutKind#CUSTOM}, the volume groups
 */
@Doc("The target disk and its layout.")
public record DiskLayout(
    @Doc(value = "Target disk: kernel name or /dev/disk/by-id path; the first disk when absent.",
        example = "sda") String device,
    @Doc(value = "lvm, direct, custom or xcpng.", defaultValue = "lvm") DiskLayoutKind layout,
    @Doc("Partitions of a custom layout, in order.") List<Partition> partitions,
    @Doc("Volume groups of a custom layout.") List<VolumeGroup> volumeGroups) {

  public DiskLayout {
    layout = layout == null ? DiskLayoutKind.LVM : layout;
    partitions = partitions == null ? List.of() : List.copyOf(partitions);
    volumeGroups = volumeGroups == null ? List.of() : List.copyOf(volumeGroups);
  }

  /** @return the default: automatic LVM on the first disk */
  public static DiskLayout automatic() {
    return new DiskLayout(null, DiskLayoutKind.LVM, List.of(), List.of());
  }

  /** @return the device's kernel name without {@code /dev/} when it is one, else the path */
  public String deviceName() {
    if (device == null) {
      return null;
    }
    return device.startsWith("/dev/") && device.indexOf('/', 5) < 0 ? device.substring(5) : device;
  }
}
