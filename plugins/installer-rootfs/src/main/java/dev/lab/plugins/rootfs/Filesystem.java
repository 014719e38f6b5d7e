package dev.lab.plugins.rootfs;

/**
 * A filesystem or swap space of the target, as the disk layout yields it.
 *
 * @param device the partition or logical volume
 * @param fstype ext4, xfs, vfat or swap
 * @param mount the mount point, or {@code swap}
 * @param label the filesystem label
 * @param id the UUID (or FAT volume id) Lab chose
 */
record Filesystem(String device, String fstype, String mount, String label, String id) {
  boolean swap() {
    return fstype.equals("swap");
  }

  /** @return a short slug of the mount point for action ids: {@code root}, {@code boot-efi}, {@code swap} */
  String slug() {
    if (swap()) {
      return "swap";
    }
    return mount.equals("/") ? "root" : mount.substring(1).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
  }

  /** @return a filesystem on {@code device} for {@code mount} with Lab's id for this server */
  static Filesystem of(String server, String device, String fstype, String mount) {
    String key = mount.equals("swap") ? "swap:" + device : mount;
    String id = fstype.equals("vfat") ? FilesystemIds.volumeId(server, key) : FilesystemIds.uuid(server, key);
    return new Filesystem(device, fstype, mount, label(fstype, mount), id);
  }

  private static String label(String fstype, String mount) {
    if (fstype.equals("swap")) {
      return "swap";
    }
    if (mount.equals("/")) {
      return "root";
    }
    if (mount.equals("/boot/efi")) {
      return "EFI";
    }
    String last = mount.substring(mount.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
    return last.length() > 11 ? last.substring(0, 11) : last;
  }
}
