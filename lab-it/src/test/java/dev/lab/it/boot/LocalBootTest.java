package dev.lab.it.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.it.qemu.Firmware;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocalBootTest {

  @Test
  void theBiosEvidenceIsTheMarkerTheDiskPrints() {
    byte[] sector = LocalBoot.disk().firstSector();

    assertThat(new String(sector, StandardCharsets.US_ASCII)).contains(LocalBoot.MARKER);
    assertThat(Pattern.compile(LocalBoot.evidence(Firmware.BIOS)).matcher("...\n" + LocalBoot.MARKER + "\n").find())
        .isTrue();
  }

  @Test
  void theUefiEvidenceIsOvmfTryingTheDisk() {
    Pattern evidence = Pattern.compile(LocalBoot.evidence(Firmware.UEFI));

    assertThat(evidence.matcher("BdsDxe: failed to load Boot0001 \"UEFI Misc Device\" from PciRoot(0x0)/Pci(0x3,0x0):"
        + " Not Found").find()).isTrue();
    assertThat(evidence.matcher("BdsDxe: failed to load Boot0002 \"UEFI PXEv4 (MAC:525400123458)\"").find()).isFalse();
  }
}
