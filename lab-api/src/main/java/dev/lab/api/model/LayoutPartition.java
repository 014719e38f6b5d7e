package dev.lab.api.model;

import java.util.Objects;

/**
 * One partition of a named disk layout, in on-disk order.
 *
 * @param number the partition number (which need not follow the on-disk order)
 * @param role what it is for, for example {@code root}, {@code backup-root}, {@code sr}, {@code
 *     esp}, {@code bios-boot}, {@code log}, {@code swap}
 * @param size its size, or {@code rest} for the remaining space
 * @param fstype the filesystem to make; nullable for none (backup slot, LVM, BIOS boot)
 * @param mount the mount point in the installed system; nullable when not mounted
 */
public record LayoutPartition(int number, String role, Size size, String fstype, String mount) {
  public LayoutPartition {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(size, "size");
  }
}
