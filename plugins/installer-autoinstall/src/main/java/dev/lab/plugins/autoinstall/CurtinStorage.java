package dev.lab.plugins.autoinstall;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Size;
import dev.lab.api.model.VolumeGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes subiquity's {@code storage} section: a {@code layout} ({@code lvm} or {@code direct}) on
 * the matched disk, or, for a custom layout, curtin's action list (disk, partitions, volume groups,
 * logical volumes, formats, mounts) with the boot partition the firmware needs: a 1 MiB BIOS boot
 * partition for GRUB on BIOS, an EFI system partition at {@code /boot/efi} on UEFI (the profile's
 * own when it has one). Reference: https://curtin.readthedocs.io/en/latest/topics/storage.html
 *
 * @param layout the layout name for the {@code layout} form, or null for the action-list form
 * @param match the disk match spec; null for subiquity's default (the largest disk)
 * @param config the curtin actions of the action-list form, in order; each a map of curtin keys to
 *     strings, numbers, booleans or lists of strings
 */
public record CurtinStorage(String layout, Map<String, String> match, List<Map<String, Object>> config) {
  /** Where the EFI system partition is mounted. */
  static final String ESP_MOUNT = "/boot/efi";
  private static final String DISK = "disk0";
  private static final String ESP_SIZE = "1G";
  private static final String BIOS_BOOT_SIZE = "1M";

  static CurtinStorage of(DiskLayout disk, Firmware firmware) {
    Map<String, String> match = disk.device() == null ? null : DiskMatch.of(disk.device()).spec();
    if (disk.layout() != DiskLayoutKind.CUSTOM) {
      return new CurtinStorage(disk.layout().id(), match, List.of());
    }
    return new CurtinStorage(null, null, new Actions(disk, firmware, match).build());
  }

  /** @return the size as curtin's human syntax with binary units ({@code 512M}, {@code 20G}), or -1 for the rest */
  static Object size(Size size) {
    if (size.rest()) {
      return -1;
    }
    long mib = size.mib();
    if (mib % (1024 * 1024) == 0) {
      return mib / (1024 * 1024) + "T";
    }
    return mib % 1024 == 0 ? mib / 1024 + "G" : mib + "M";
  }

  /** Builds the action list of one custom layout. */
  private static final class Actions {
    private final DiskLayout disk;
    private final Firmware firmware;
    private final Map<String, String> match;
    private final List<Map<String, Object>> partitions = new ArrayList<>();
    private final List<Map<String, Object>> groups = new ArrayList<>();
    private final List<Map<String, Object>> formats = new ArrayList<>();
    private final List<Map<String, Object>> mounts = new ArrayList<>();
    private int number;

    Actions(DiskLayout disk, Firmware firmware, Map<String, String> match) {
      this.disk = disk;
      this.firmware = firmware;
      this.match = match == null ? Map.of("size", "largest") : match;
    }

    List<Map<String, Object>> build() {
      boolean ownEsp = disk.partitions().stream().anyMatch(p -> ESP_MOUNT.equals(p.mount()));
      if (firmware == Firmware.BIOS) {
        partition("bios-boot", BIOS_BOOT_SIZE, "bios_grub", false);
      } else if (!ownEsp) {
        String id = partition("esp", ESP_SIZE, "boot", true);
        filesystem(id, "vfat", ESP_MOUNT);
      }
      Map<String, List<String>> physicalVolumes = new LinkedHashMap<>();
      for (Partition p : disk.partitions()) {
        boolean esp = firmware == Firmware.UEFI && ESP_MOUNT.equals(p.mount());
        String flag = esp ? "boot" : p.volumeGroup() != null ? "lvm" : "swap".equals(p.mount()) ? "swap" : "";
        String id = partition(null, size(p.size()), flag, esp);
        if (p.volumeGroup() != null) {
          physicalVolumes.computeIfAbsent(p.volumeGroup(), k -> new ArrayList<>()).add(id);
        } else if (p.mount() != null || p.fstype() != null) {
          filesystem(id, fstype(p.fstype(), p.mount()), p.mount());
        }
      }
      for (int g = 0; g < disk.volumeGroups().size(); g++) {
        volumeGroup(g, disk.volumeGroups().get(g), physicalVolumes.getOrDefault(
            disk.volumeGroups().get(g).name(), List.of()));
      }
      List<Map<String, Object>> out = new ArrayList<>();
      out.add(diskAction());
      out.addAll(partitions);
      out.addAll(groups);
      out.addAll(formats);
      mounts.sort(Comparator.comparing((Map<String, Object> m) -> ((String) m.get("path")).isEmpty())
          .thenComparing(m -> (String) m.get("path")));
      out.addAll(mounts);
      return out;
    }

    private Map<String, Object> diskAction() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("type", "disk");
      d.put("id", DISK);
      d.put("match", match);
      d.put("ptable", "gpt");
      d.put("wipe", "superblock-recursive");
      d.put("preserve", false);
      d.put("grub_device", firmware == Firmware.BIOS);
      return d;
    }

    private String partition(String name, Object size, String flag, boolean grubDevice) {
      number++;
      String id = "part" + number + (name == null ? "" : "-" + name);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("type", "partition");
      p.put("id", id);
      p.put("device", DISK);
      p.put("number", number);
      p.put("size", size);
      p.put("flag", flag);
      p.put("wipe", "superblock");
      p.put("preserve", false);
      p.put("grub_device", grubDevice);
      partitions.add(p);
      return id;
    }

    private void volumeGroup(int g, VolumeGroup vg, List<String> devices) {
      String id = "vg" + g;
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("type", "lvm_volgroup");
      v.put("id", id);
      v.put("name", vg.name());
      v.put("devices", devices);
      v.put("preserve", false);
      groups.add(v);
      for (int k = 0; k < vg.logicalVolumes().size(); k++) {
        LogicalVolume lv = vg.logicalVolumes().get(k);
        String lvId = id + "-lv" + k;
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("type", "lvm_partition");
        l.put("id", lvId);
        l.put("volgroup", id);
        l.put("name", lv.name());
        l.put("size", size(lv.size()));
        l.put("preserve", false);
        groups.add(l);
        filesystem(lvId, fstype(lv.fstype(), lv.mount()), lv.mount());
      }
    }

    private void filesystem(String volume, String fstype, String mount) {
      String id = volume + "-fs";
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "format");
      f.put("id", id);
      f.put("volume", volume);
      f.put("fstype", fstype.equals("vfat") ? "fat32" : fstype);
      f.put("preserve", false);
      formats.add(f);
      if (mount != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "mount");
        m.put("id", volume + "-mount");
        m.put("device", id);
        m.put("path", mount.equals("swap") ? "" : mount);
        mounts.add(m);
      }
    }

    private static String fstype(String fstype, String mount) {
      if (fstype != null) {
        return fstype;
      }
      return "swap".equals(mount) ? "swap" : ESP_MOUNT.equals(mount) ? "vfat" : "ext4";
    }
  }
}
