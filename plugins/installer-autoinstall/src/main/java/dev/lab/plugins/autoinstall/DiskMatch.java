package dev.lab.plugins.autoinstall;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a profile's target disk into a subiquity match spec. subiquity matches a disk's kernel path
 * ({@code path}), its udev {@code ID_PATH} ({@code id_path}, the name of its {@code
 * /dev/disk/by-path} link) or its udev {@code ID_SERIAL} ({@code serial}; udev names the {@code
 * /dev/disk/by-id} link {@code <bus>-<ID_SERIAL>}). Links udev derives from anything else (WWNs,
 * EUIs, partitions) have no match key and are refused.
 *
 * @param key the match key
 * @param value its value
 */
record DiskMatch(String key, String value) {
  private static final Pattern KERNEL_NAME = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern PARTITION = Pattern.compile("(sd|vd|xvd|hd)[a-z]+[0-9]+|(nvme[0-9]+n[0-9]+|mmcblk[0-9]+)p[0-9]+");
  private static final Pattern LINK_NAME = Pattern.compile("[A-Za-z0-9._:+@-]+");
  private static final Pattern BY_ID_SERIAL = Pattern.compile("(ata|nvme|scsi|usb|virtio)-(.+)");
  private static final String BY_ID = "/dev/disk/by-id/";
  private static final String BY_PATH = "/dev/disk/by-path/";

  /** @return the match spec, as subiquity's {@code match} mapping */
  Map<String, String> spec() {
    return Map.of(key, value);
  }

  /**
   * @param device the profile's device: a kernel name, {@code /dev/NAME}, or a by-id or by-path link
   * @return the match
   * @throws IllegalArgumentException with a message a user can act on
   */
  static DiskMatch of(String device) {
    if (device.startsWith(BY_PATH)) {
      String name = device.substring(BY_PATH.length());
      requireLink(name, device);
      return new DiskMatch("id_path", name);
    }
    if (device.startsWith(BY_ID)) {
      String name = device.substring(BY_ID.length());
      requireLink(name, device);
      Matcher m = BY_ID_SERIAL.matcher(name);
      if (!m.matches() || name.startsWith("nvme-eui.") || name.startsWith("nvme-nvme.")) {
        throw new IllegalArgumentException("subiquity can only select a disk by-id through its serial number:"
            + " use an ata-, nvme-, scsi-, usb- or virtio- link with the serial, a by-path link or the kernel name");
      }
      return new DiskMatch("serial", m.group(2));
    }
    String name = device.startsWith("/dev/") ? device.substring(5) : device;
    if (!KERNEL_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("must be a kernel disk name such as sda or nvme0n1, or a"
          + " /dev/disk/by-id/ or /dev/disk/by-path/ link");
    }
    if (PARTITION.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is a partition: name the whole disk");
    }
    return new DiskMatch("path", "/dev/" + name);
  }

  private static void requireLink(String name, String device) {
    if (!LINK_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("must be a link name of letters, digits and . _ : + @ - after "
          + device.substring(0, device.length() - name.length()));
    }
    if (name.matches(".*-part[0-9]+")) {
      throw new IllegalArgumentException("names a partition: give the link of the whole disk");
    }
  }
}
