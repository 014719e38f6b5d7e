package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmbiosTest {

  @Test
  void formatsQemusOption() {
    assertThat(new Smbios("Lab", "Netboot VM", "SN-1").qemuOption())
        .isEqualTo("type=1,manufacturer=Lab,product=Netboot VM,serial=SN-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a,serial=evil", "tab\there", "caf\u00e9"})
  void refusesStringsQemuWouldMisread(String serial) {
    assertThatThrownBy(() -> new Smbios("Lab", "VM", serial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SMBIOS serial must be 1 to 64 printable ASCII characters without a comma: '" + serial + "'");
  }
}
