package dev.lab.api.model;

import java.util.Locale;

/** How Lab can reach a server to onboard it. */
public enum BootPath {
  /** It network-boots (PXE, iPXE, UEFI HTTP): Lab installs it, or onboards it over SSH. */
  NETWORK,
  /**
   * It cannot network-boot (Apple Silicon under Asahi Linux, most cloud VMs): Lab onboards it only
   * over SSH, into the OS it already runs.
   */
  SSH;

  /** @return the name users write, for example {@code ssh} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
