package dev.lab.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedLayoutsTest {
  @Test
  void xcpngLayoutHasTheSixHostPartitionsWithTheSrLast() {
    List<LayoutPartition> uefi = NamedLayouts.xcpng(Firmware.UEFI);
    assertThat(uefi).extracting(LayoutPartition::number).containsExactly(5, 2, 1, 4, 6, 3);
    assertThat(uefi).extracting(LayoutPartition::role)
        .containsExactly("log", "backup-root", "root", "esp", "swap", "sr");
    assertThat(uefi.get(2).mount()).isEqualTo("/");
    assertThat(uefi.get(2).size().mib()).isEqualTo(18432);
    assertThat(uefi.get(5).size().rest()).isTrue();
    assertThat(NamedLayouts.xcpng(Firmware.BIOS).get(3).role()).isEqualTo("bios-boot");
  }
}
