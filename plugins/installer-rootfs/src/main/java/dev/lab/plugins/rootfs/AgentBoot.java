package dev.lab.plugins.rootfs;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The network boot of Lab's agent, the same for BIOS and UEFI: its kernel and initrd from the
 * artifact store ({@code agent/<arch>/}), the plan's URL under the onboarding's files token, the
 * deploy mode, the MAC of the NIC to configure, and the console.
 */
final class AgentBoot {
  /** The name of the rendered plan file, as the host stores and serves it. */
  static final String PLAN_FILE = "plan.json";

  private AgentBoot() {}

  static BootSpec spec(InstallConfig config) {
    Architecture arch = config.arch();
    String dir = config.urls().artifacts() + "agent/" + arch.id() + "/";
    List<KernelArg> args = new ArrayList<>();
    args.add(KernelArg.of("lab.plan", config.urls().file(PLAN_FILE)));
    args.add(KernelArg.of("lab.mode", "deploy"));
    if (!config.server().nics().isEmpty()) {
      args.add(KernelArg.of("lab.mac", config.server().nics().get(0).mac().toLowerCase(Locale.ROOT)));
    }
    args.add(KernelArg.of("console", console(config)));
    return BootSpec.linux(new BootFile("vmlinuz", dir + "vmlinuz"), List.of(new BootFile("initrd.img", dir + "initrd.img")),
        args);
  }

  private static String console(InstallConfig config) {
    if (config.profile().serialConsole() != null) {
      return config.profile().serialConsole();
    }
    return config.arch() == Architecture.AARCH64 ? "ttyAMA0,115200" : "ttyS0,115200";
  }
}
