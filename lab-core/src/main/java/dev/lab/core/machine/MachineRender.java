package dev.lab.core.machine;

import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.plan.DeployPlan;
import java.util.List;

/**
 * Everything one machine gets for one installation, for review ({@code lab render}) or serving.
 *
 * @param config the resolved install configuration
 * @param plugin the name of the plugin that rendered it
 * @param firmware the firmware the boot files are for
 * @param files the onboarding's files (answer files, scripts, enrollment script), served under its
 *     token
 * @param boot the boot spec, as data
 * @param bootFiles the boot loader scripts for that firmware (iPXE, and GRUB or pxelinux)
 * @param bootSummary a human-readable summary of kernel, initrds, modules and command lines
 * @param plan the deploy plan of a rootfs install (also in {@code files} as {@code plan.json}),
 *     null for an install by the OS's own installer
 */
public record MachineRender(
    InstallConfig config,
    String plugin,
    Firmware firmware,
    List<RenderedFile> files,
    BootSpec boot,
    List<RenderedFile> bootFiles,
    String bootSummary,
    DeployPlan plan) {

  public MachineRender {
    files = List.copyOf(files);
    bootFiles = List.copyOf(bootFiles);
  }
}
