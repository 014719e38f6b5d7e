package dev.lab.it.qemu;

/** The firmware a test VM starts with; each network-boots through its NIC's iPXE ROM. */
public enum Firmware {
  /** SeaBIOS, then the NIC's legacy iPXE ROM. iPXE reports {@code ${platform}} as {@code pcbios}. */
  BIOS("pcbios"),
  /** OVMF (UEFI), then the NIC's iPXE EFI driver. iPXE reports {@code ${platform}} as {@code efi}. */
  UEFI("efi");

  private final String ipxePlatform;

  Firmware(String ipxePlatform) {
    this.ipxePlatform = ipxePlatform;
  }

  /** The value iPXE gives {@code ${platform}} under this firmware. */
  public String ipxePlatform() {
    return ipxePlatform;
  }
}
