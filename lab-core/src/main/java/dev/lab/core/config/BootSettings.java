package dev.lab.core.config;

import dev.lab.api.model.Doc;

/**
 * How network-booting machines are treated.
 *
 * @param unknownMachines what a machine Lab does not know boots into
 */
@Doc("Boot policy.")
public record BootSettings(
    @Doc(value = "What a machine Lab does not know boots: local (its own disk) or discover (the "
        + "discovery agent, which reports its hardware).", defaultValue = "local") UnknownMachines unknownMachines) {

  public BootSettings {
    unknownMachines = unknownMachines == null ? UnknownMachines.LOCAL : unknownMachines;
  }
}
