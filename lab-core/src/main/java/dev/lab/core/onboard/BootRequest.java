package dev.lab.core.onboard;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import java.util.Locale;
import java.util.Optional;

/**
 * What a network-booting machine says about itself (iPXE's {@code ${mac}}, {@code ${uuid}},
 * {@code ${buildarch}}, {@code ${platform}}, {@code ${serial}}, {@code ${manufacturer}}, {@code
 * ${product}}, or GRUB's {@code $net_default_mac}), and which boot loader asks.
 *
 * @param mac the MAC address, lowercase colon form
 * @param loader {@code ipxe}, {@code grub} or {@code pxelinux}
 * @param firmware the firmware it booted with, when the loader says
 * @param buildarch iPXE's build architecture ({@code i386}, {@code x86_64}, {@code arm64}), nullable
 * @param uuid the SMBIOS UUID, nullable
 * @param serial the SMBIOS serial number, nullable
 * @param manufacturer the SMBIOS manufacturer, nullable
 * @param product the SMBIOS product, nullable
 */
public record BootRequest(String mac, String loader, Firmware firmware, String buildarch, String uuid,
    String serial, String manufacturer, String product) {

  /** @return the CPU architecture the loader runs on, when it says */
  public Optional<Architecture> arch() {
    if (buildarch == null) {
      return Optional.empty();
    }
    return switch (buildarch.toLowerCase(Locale.ROOT)) {
      case "i386", "x86_64" -> Optional.of(Architecture.X86_64);
      case "arm64", "aarch64" -> Optional.of(Architecture.AARCH64);
      case "riscv64" -> Optional.of(Architecture.RISCV64);
      default -> Optional.empty();
    };
  }

  /** @return the firmware iPXE's {@code ${platform}} names, if it is one Lab knows */
  public static Optional<Firmware> firmwareOfPlatform(String platform) {
    if (platform == null) {
      return Optional.empty();
    }
    return switch (platform) {
      case "pcbios" -> Optional.of(Firmware.BIOS);
      case "efi" -> Optional.of(Firmware.UEFI);
      default -> Optional.empty();
    };
  }
}
