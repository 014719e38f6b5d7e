package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a profile's target disk becomes a subiquity match spec. */
class DiskMatchTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "sda, path, /dev/sda",
      "/dev/nvme0n1, path, /dev/nvme0n1",
      "mmcblk0, path, /dev/mmcblk0",
      "/dev/disk/by-path/pci-0000:00:1f.2-ata-1, id_path, pci-0000:00:1f.2-ata-1",
      "/dev/disk/by-id/ata-Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456A, serial, Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456A",
      "/dev/disk/by-id/virtio-lab-disk-1, serial, lab-disk-1"})
  void matchesTheDiskByWhatUdevKnows(String device, String key, String value) {
    assertThat(DiskMatch.of(device)).isEqualTo(new DiskMatch(key, value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sda1", "nvme0n1p2", "/dev/disk/by-id/wwn-0x5000c500a1b2c3d4",
      "/dev/disk/by-id/nvme-eui.0025388b71b2c3d4", "/dev/disk/by-id/ata-Samsung_SSD-part1",
      "/dev/disk/by-path/../../sda", "/dev/disk/by-label/root", "sd*", "/dev/sda b"})
  void refusesWhatSubiquityCannotMatch(String device) {
    assertThatThrownBy(() -> DiskMatch.of(device)).isInstanceOf(IllegalArgumentException.class);
  }
}
