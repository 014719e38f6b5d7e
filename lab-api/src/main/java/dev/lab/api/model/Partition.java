package dev.lab.api.model;

/**
 * One partition of a custom layout.
 *
 * @param mount the mount point ({@code /}, {@code /boot}...), or {@code swap}; nullable for a
 *     partition that holds an LVM physical volume or is not mounted
 * @param size its size, or {@code rest}
 * @param fstype the filesystem ({@code ext4}, {@code xfs}, {@code vfat}, {@code swap}); nullable for
 *     an LVM physical volume
 * @param volumeGroup the volume group this partition is a physical volume of; nullable
 */
@Doc("A partition of a custom disk layout: a mounted filesystem, swap, or an LVM physical volume.")
public record Partition(
    @Doc(value = "Mount point, or 'swap'.", example = "/boot") String mount,
    @Doc(value = "Size with a unit, or 'rest' for the remaining space.", required = true, example = "1GiB")
        Size size,
    @Doc(value = "Filesystem: ext4, xfs, vfat or swap.", example = "ext4") String fstype,
    @Doc("Name of the volume group this partition is a physical volume of.") String volumeGroup) {}
