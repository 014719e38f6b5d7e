package dev.lab.api.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a new partition table to a whole disk (everything on it is lost) and creates the
 * partitions in list order, each right after the previous one.
 *
 * @param id the action's id
 * @param device the whole disk, for example {@code /dev/vda}
 * @param table the partition table; always {@code gpt}
 * @param partitions the partitions, in the order they are laid out on the disk
 */
public record PartitionAction(String id, String device, String table, List<Partition> partitions)
    implements Action {
  /** The partition types: {@code bios-boot}, {@code esp}, {@code linux}, {@code lvm}, {@code swap}. */
  public static final Set<String> TYPES = Set.of("bios-boot", "esp", "linux", "lvm", "swap");

  public PartitionAction {
    PlanValues.id(id);
    PlanValues.device(device);
    PlanValues.oneOf(table, Set.of("gpt"), "partition table");
    partitions = PlanValues.nonEmpty(partitions, "partitions");
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < partitions.size(); i++) {
      if (!numbers.add(partitions.get(i).number())) {
        throw new IllegalArgumentException("partition number " + partitions.get(i).number() + " is used twice");
      }
      if (partitions.get(i).size().equals("rest") && i != partitions.size() - 1) {
        throw new IllegalArgumentException("only the last partition may take the rest of the disk");
      }
    }
  }

  @Override
  public String type() {
    return "partition";
  }

  /**
   * One GPT partition.
   *
   * @param number the partition number (1-128), which also names its device
   * @param name the GPT partition name: lowercase letters, digits and '-'
   * @param size a whole number of MiB, GiB or TiB ({@code 512MiB}), or {@code rest} for the last one
   * @param type one of {@link #TYPES}
   */
  public record Partition(int number, String name, String size, String type) {
    public Partition {
      if (number < 1 || number > 128) {
        throw new IllegalArgumentException("partition number " + number + " is not between 1 and 128");
      }
      Objects.requireNonNull(name, "name");
      if (!name.matches("[a-z0-9][a-z0-9-]{0,35}")) {
        throw new IllegalArgumentException("partition name '" + name + "' must be lowercase letters, digits and '-'");
      }
      PlanValues.size(size);
      PlanValues.oneOf(type, TYPES, "partition type");
    }
  }
}
