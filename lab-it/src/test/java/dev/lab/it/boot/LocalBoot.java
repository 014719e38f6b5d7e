package dev.lab.it.boot;

import dev.lab.it.qemu.DiskSpec;
import dev.lab.it.qemu.BootSectors;
import dev.lab.it.qemu.Firmware;

/**
 * How a boot test sees, on the serial console, that a machine served
 * {@link IpxeScripts#localBoot(Firmware)} left iPXE for its local disk.
 *
 * <p>BIOS: iPXE boots the disk, whose boot sector ({@link #disk()}) prints {@link #MARKER}. UEFI:
 * iPXE's {@code exit} returns to OVMF, which reports the network boot option as failed and goes on
 * through its boot order: its own HTTP boot over IPv4 (a HEAD and a GET for the boot file with
 * User-Agent {@code UefiHttpBoot/1.0}; answer 404 and it moves on), then the disk. OVMF prints one
 * line per option it tries; the test disk holds no EFI system partition, so trying it is the end
 * of the road, and the evidence.
 */
public final class LocalBoot {

  /** What the test disk's boot sector prints. */
  public static final String MARKER = "Lab test disk: local boot reached";

  private LocalBoot() {
  }

  /** A 1 GiB disk whose boot sector prints {@link #MARKER} on COM1. */
  public static DiskSpec disk() {
    return DiskSpec.withFirstSector(1, BootSectors.serialMarker(MARKER));
  }

  /**
   * A regular expression for the serial console that shows the machine left iPXE for its disk.
   * Under UEFI: OVMF reports trying the virtio disk ("UEFI Misc Device"), which holds no EFI
   * system partition.
   */
  public static String evidence(Firmware firmware) {
    return firmware == Firmware.BIOS
        ? java.util.regex.Pattern.quote(MARKER)
        : "BdsDxe: (?:loading|failed to load) Boot[0-9A-F]{4} \"UEFI Misc Device\"";
  }
}
