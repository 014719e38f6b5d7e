package dev.lab.plugins.rootfs;

/**
 * The target disk and the device names of its partitions, as the agent will see them: {@code
 * /dev/sda2}, {@code /dev/nvme0n1p2}, {@code /dev/disk/by-id/...-part2}.
 *
 * @param path the whole disk's device path
 */
record DiskDevice(String path) {

  /** @return the disk a kernel name ({@code vda}) or a {@code /dev/...} path names */
  static DiskDevice of(String device) {
    return new DiskDevice(device.startsWith("/dev/") ? device : "/dev/" + device);
  }

  /** @return the device of partition {@code number} */
  String partition(int number) {
    if (path.startsWith("/dev/disk/")) {
      return path + "-part" + number;
    }
    return Character.isDigit(path.charAt(path.length() - 1)) ? path + "p" + number : path + number;
  }
}
