package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.WriteFileAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GRUB in the target: its defaults drop-in (kernel command line with the profile's serial console
 * and kernel arguments), {@code grub-install} for the firmware (BIOS: {@code i386-pc} onto the
 * disk; UEFI: {@code x86_64-efi} or {@code arm64-efi} into the ESP at the removable-media path,
 * without touching NVRAM, so the firmware boots it with no boot entry), and {@code grub-mkconfig}.
 */
final class Bootloader {
  static final String DEFAULTS = "/etc/default/grub.d/50-lab.cfg";

  private Bootloader() {}

  static WriteFileAction defaults(Profile profile, Templates templates, ActionIds ids) {
    List<String> args = new ArrayList<>();
    Map<String, Object> m = new HashMap<>();
    if (profile.serialConsole() != null) {
      args.add("console=tty0");
      args.add("console=" + profile.serialConsole());
      String device = profile.serialConsole().split(",")[0];
      if (device.matches("ttyS\\d+")) {
        String unit = device.substring(4);
        String speed = profile.serialConsole().contains(",")
            ? profile.serialConsole().split(",")[1].replaceAll("\\D.*$", "") : "115200";
        m.put("serialUnit", unit);
        m.put("serialCommand", "serial --unit=" + unit + " --speed=" + speed);
      }
    }
    profile.kernelArgs().stream().map(KernelArg::toString).forEach(args::add);
    m.put("cmdline", String.join(" ", args));
    m.put("timeout", "3");
    return new WriteFileAction(ids.unique("grub-defaults"), DEFAULTS, "0644", templates.render("grub-defaults.cfg.ftl", m));
  }

  static ChrootAction install(Architecture arch, Firmware firmware, DiskDevice disk, ActionIds ids) {
    List<String> argv = firmware == Firmware.BIOS
        ? List.of("grub-install", "--target=i386-pc", disk.path())
        : List.of("grub-install", "--target=" + (arch == Architecture.AARCH64 ? "arm64-efi" : "x86_64-efi"),
            "--efi-directory=/boot/efi", "--removable", "--no-nvram");
    return new ChrootAction(ids.unique("grub-install"), argv);
  }

  static ChrootAction config(ActionIds ids) {
    return new ChrootAction(ids.unique("grub-config"), List.of("grub-mkconfig", "-o", "/boot/grub/grub.cfg"));
  }
}
