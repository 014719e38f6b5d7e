package dev.lab.api.plan;

/**
 * Mounts a filesystem in the target tree; the agent mounts under its own target directory, so
 * {@code path} {@code /boot} becomes for example {@code /target/boot}. Mounts stay until the end of
 * the plan.
 *
 * @param id the action's id
 * @param device the partition or logical volume
 * @param path the mount point in the target (created when missing)
 * @param filesystem the filesystem type, one of {@link MkfsAction#FILESYSTEMS} but {@code swap}
 */
public record MountAction(String id, String device, String path, String filesystem) implements Action {
  public MountAction {
    PlanValues.id(id);
    PlanValues.device(device);
    PlanValues.targetPath(path);
    PlanValues.oneOf(filesystem, java.util.Set.of("ext4", "xfs", "vfat"), "filesystem");
  }

  @Override
  public String type() {
    return "mount";
  }
}
