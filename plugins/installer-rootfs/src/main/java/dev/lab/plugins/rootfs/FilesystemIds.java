package dev.lab.plugins.rootfs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The filesystem ids Lab chooses, so that {@code /etc/fstab} names filesystems by UUID before they
 * exist. They are name-based (RFC 4122 version 3) UUIDs of the server and the mount point: the same
 * server and layout always get the same ids (stable goldens, reviewable diffs), two servers never
 * share one.
 */
final class FilesystemIds {
  private FilesystemIds() {}

  /** @return the UUID of the filesystem (or swap space) a server has at {@code mount} */
  static String uuid(String server, String mount) {
    return UUID.nameUUIDFromBytes(("lab-rootfs\0" + server + "\0" + mount).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** @return the FAT volume id, written {@code ABCD-1234}, of the filesystem at {@code mount} */
  static String volumeId(String server, String mount) {
    String hex = uuid(server, mount).replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    return hex.substring(0, 4) + "-" + hex.substring(4);
  }
}
