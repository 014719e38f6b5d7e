package dev.lab.api.model;

/**
 * One logical volume.
 *
 * @param name its name
 * @param mount its mount point, or {@code swap}
 * @param size its size, or {@code rest}
 * @param fstype the filesystem ({@code ext4}, {@code xfs}, {@code swap})
 */
@Doc("A logical volume of a volume group.")
public record LogicalVolume(
    @Doc(value = "Name.", required = true, example = "root") String name,
    @Doc(value = "Mount point, or 'swap'.", required = true, example = "/") String mount,
    @Doc(value = "Size with a unit, or 'rest'.", required = true, example = "20GiB") Size size,
    @Doc(value = "Filesystem: ext4, xfs or swap.", defaultValue = "ext4") String fstype) {

  public LogicalVolume {
    fstype = fstype == null ? ("swap".equals(mount) ? "swap" : "ext4") : fstype;
  }
}
