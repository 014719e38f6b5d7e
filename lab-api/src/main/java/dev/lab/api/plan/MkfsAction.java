package dev.lab.api.plan;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a filesystem (or swap space) with an id Lab chose, so that {@code /etc/fstab} can name it
 * before it exists.
 *
 * @param id the action's id
 * @param device the partition or logical volume
 * @param filesystem {@code ext4}, {@code xfs}, {@code vfat} or {@code swap}
 * @param label the filesystem label (letters, digits, '_' and '-', at most 11), nullable
 * @param uuid the filesystem UUID, lowercase ({@code 6f0c...}); for vfat the volume id written
 *     {@code ABCD-1234}
 */
public record MkfsAction(String id, String device, String filesystem, String label, String uuid)
    implements Action {
  /** The filesystems the agent makes. */
  public static final Set<String> FILESYSTEMS = Set.of("ext4", "xfs", "vfat", "swap");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern VOLUME_ID = Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}");

  public MkfsAction {
    PlanValues.id(id);
    PlanValues.device(device);
    PlanValues.oneOf(filesystem, FILESYSTEMS, "filesystem");
    if (label != null && !label.matches("[A-Za-z0-9_-]{1,11}")) {
      throw new IllegalArgumentException("label '" + label + "' must be 1 to 11 letters, digits, '_' or '-'");
    }
    Pattern rule = filesystem.equals("vfat") ? VOLUME_ID : UUID;
    if (uuid == null || !rule.matcher(uuid).matches()) {
      throw new IllegalArgumentException("the " + filesystem + " id '" + uuid + "' must look like "
          + (filesystem.equals("vfat") ? "ABCD-1234" : "a lowercase UUID"));
    }
  }

  @Override
  public String type() {
    return "mkfs";
  }
}
