package dev.lab.api.model;

import java.util.Objects;

/**
 * What {@code preparePxe} is asked: boot this installation with this firmware.
 *
 * @param install the installation
 * @param firmware the firmware the machine boots with this time (a machine's inventory firmware is
 *     a default; the host asks for the one the machine reports when it network-boots)
 */
public record PxeConfig(InstallConfig install, Firmware firmware) {
  public PxeConfig {
    Objects.requireNonNull(install, "install");
    Objects.requireNonNull(firmware, "firmware");
  }
}
