package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiskSpecTest {

  @Test
  void anEmptyDiskHasNoFirstSector() {
    DiskSpec disk = DiskSpec.empty(2);

    assertThat(disk.sizeBytes()).isEqualTo(2L << 30);
    assertThat(disk.firstSector()).isNull();
  }

  @Test
  void keepsItsOwnCopyOfTheFirstSector() {
    byte[] sector = new byte[512];
    DiskSpec disk = DiskSpec.withFirstSector(1, sector);
    sector[0] = 7;

    assertThat(disk.firstSector()[0]).isZero();
  }

  @Test
  void refusesASectorOfTheWrongSize() {
    assertThatThrownBy(() -> DiskSpec.withFirstSector(1, new byte[511]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a first sector is 512 bytes, not 511");
  }

  @Test
  void refusesATinyOrRaggedDisk() {
    assertThatThrownBy(() -> new DiskSpec(4096, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a disk must be at least 1 MiB and a whole number of sectors: 4096 bytes");
    assertThatThrownBy(() -> new DiskSpec((1 << 20) + 1, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
