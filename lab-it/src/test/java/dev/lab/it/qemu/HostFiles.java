package dev.lab.it.qemu;

import java.util.Objects;
import java.nio.file.Path;

/**
 * The host programs and firmware files one VM needs. Files the VM does not need (OVMF under
 * BIOS, qemu-img without a disk) are null.
 *
 * @param qemu {@code qemu-system-x86_64}
 * @param netcat {@code nc}, which QEMU runs for each guest connection to the test server
 * @param qemuImg {@code qemu-img}, or null
 * @param ovmfCode OVMF's code image, or null
 * @param ovmfVars OVMF's variable store template, or null
 */
record HostFiles(Path qemu, Path netcat, Path qemuImg, Path ovmfCode, Path ovmfVars) {

  HostFiles {
    Objects.requireNonNull(qemu, "qemu");
    Objects.requireNonNull(netcat, "netcat");
  }

  /** Finds what a VM with this firmware (and a disk, or not) needs on this host. */
  static HostFiles find(Firmware firmware, boolean disk) {
    boolean uefi = firmware == Firmware.UEFI;
    return new HostFiles(HostTools.qemu(), HostTools.netcat(), disk ? HostTools.qemuImg() : null,
        uefi ? HostTools.ovmfCode() : null, uefi ? HostTools.ovmfVars() : null);
  }
}
