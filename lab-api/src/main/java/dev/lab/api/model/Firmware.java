package dev.lab.api.model;

import java.util.Locale;

/** How a machine's firmware boots. */
public enum Firmware {
  /** Legacy BIOS (x86 only). */
  BIOS,
  /** UEFI. */
  UEFI;

  /** @return the name users write, for example {@code uefi} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
