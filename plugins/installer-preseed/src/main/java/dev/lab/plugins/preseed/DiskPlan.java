package dev.lab.plugins.preseed;

import dev.lab.api.Escape;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;

/**
 * What partman and grub-installer are told: the automatic method ({@code lvm} or {@code regular}),
 * the expert recipe of a custom layout, and the target disk.
 *
 * <p>A disk given by kernel name is preseeded as {@code /dev/NAME}. A {@code /dev/disk/by-*} link,
 * or no disk at all (the first disk), is resolved when partman starts, by {@code
 * partman/early_command}, which loads both answers with d-i's own {@code debconf-set-selections} so
 * they count as preseeded (grub-installer only trusts a {@code bootdev} marked as seen).
 *
 * @param method {@code lvm} or {@code regular}
 * @param recipe the expert recipe of a custom layout, or null for the automatic {@code atomic} one
 * @param device the disk as {@code /dev/NAME} when known before boot, else null
 * @param deviceLink the {@code /dev/disk/by-*} link to resolve at install time, or null for the first disk
 * @param lvmWithoutBoot whether a custom LVM layout has neither {@code /} nor {@code /boot} outside LVM
 */
record DiskPlan(String method, String recipe, String device, String deviceLink, boolean lvmWithoutBoot) {

  static DiskPlan of(DiskLayout disk, Firmware firmware) {
    String device = null;
    String link = null;
    if (disk.device() != null) {
      String name = disk.deviceName();
      if (name.startsWith("/dev/disk/")) {
        link = name;
      } else {
        device = "/dev/" + name;
      }
    }
    if (disk.layout() == DiskLayoutKind.CUSTOM) {
      boolean lvm = !disk.volumeGroups().isEmpty();
      boolean plainBoot = disk.partitions().stream()
          .anyMatch(p -> p.volumeGroup() == null && ("/".equals(p.mount()) || "/boot".equals(p.mount())));
      return new DiskPlan(lvm ? "lvm" : "regular", ExpertRecipe.of(disk, firmware), device, link,
          lvm && !plainBoot);
    }
    return new DiskPlan(disk.layout() == DiskLayoutKind.LVM ? "lvm" : "regular", null, device, link, false);
  }

  /** @return whether the disk is only known once the installer runs */
  boolean resolvedAtInstall() {
    return device == null;
  }

  /**
   * @return the shell command that picks the disk in the installer and preseeds {@code
   *     partman-auto/disk} and {@code grub-installer/bootdev}; only when {@link #resolvedAtInstall()}
   */
  String resolveCommand() {
    String find = deviceLink == null ? "disk=\"$(list-devices disk | head -n 1)\""
        : "disk=\"$(readlink -f " + Escape.shell(deviceLink) + ")\"";
    return find + "; [ -b \"$disk\" ] || exit 1; printf"
        + " 'd-i partman-auto/disk string %s\\nd-i grub-installer/bootdev string %s\\n' \"$disk\" \"$disk\""
        + " > /tmp/lab-disk.cfg && debconf-set-selections /tmp/lab-disk.cfg";
  }
}
