package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootSectorsTest {

  private static final int CODE_LENGTH = 38;

  @Test
  void isOneSectorWithTheBootSignature() {
    byte[] sector = BootSectors.serialMarker("local boot reached");

    assertThat(sector).hasSize(512);
    assertThat(sector[510]).isEqualTo((byte) 0x55);
    assertThat(sector[511]).isEqualTo((byte) 0xaa);
  }

  @Test
  void pointsItsCodeAtTheMessageRightAfterIt() {
    byte[] sector = BootSectors.serialMarker("local boot reached");

    assertThat(sector[6]).as("mov si, imm16").isEqualTo((byte) 0xbe);
    int address = (sector[7] & 0xff) | (sector[8] & 0xff) << 8;
    assertThat(address).isEqualTo(0x7c00 + CODE_LENGTH);
    assertThat(new String(sector, CODE_LENGTH, 20, StandardCharsets.US_ASCII)).isEqualTo("local boot reached\r\n");
    assertThat(sector[CODE_LENGTH + 20]).as("the message ends with NUL").isZero();
    assertThat(sector[CODE_LENGTH - 3]).as("ends halted").isEqualTo((byte) 0xf4);
  }

  @Test
  void leavesThePartitionTableEmpty() {
    byte[] sector = BootSectors.serialMarker("x".repeat(400));

    assertThat(Arrays.copyOfRange(sector, 446, 510)).containsOnly(0);
  }

  @Test
  void refusesMessagesThatDoNotFit() {
    assertThatThrownBy(() -> BootSectors.serialMarker("x".repeat(401)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a boot sector message must be 1 to 400 printable ASCII characters");
    assertThatThrownBy(() -> BootSectors.serialMarker("line\nbreak"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
