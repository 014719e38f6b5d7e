package dev.lab.plugins.xcpng;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How XCP-ng's installer network-boots: Xen ({@code xen.gz}) as a multiboot kernel with the dom0
 * arguments, then two modules, the installer's dom0 kernel ({@code vmlinuz}) with the installer's
 * arguments and the installer's root file system ({@code install.img}). It is the ISO's own boot
 * entry ({@code EFI/xenserver/grub.cfg}, "install") with the answer file added, and the same spec
 * serves BIOS (iPXE multiboot) and UEFI (GRUB multiboot2).
 */
final class XcpngBoot {
  /**
   * Installer arguments Lab sets itself; a profile's kernel arguments may not set them again.
   * ({@code answerfile*} and {@code install} select the answer file and the automatic install,
   * {@code network_*} how it is fetched, {@code atexit} reboots into the installed host; the
   * others would stop the automatic install.)
   */
  static final Set<String> RESERVED = Set.of("answerfile", "rt_answerfile", "answerfile_generator",
      "answerfile_device", "network_device", "network_config", "install", "atexit", "shell", "bash-shell",
      "start");

  private XcpngBoot() {}

  /**
   * @param plan a plan without problems
   * @return the multiboot spec
   */
  static BootSpec spec(XcpngPlan plan) {
    InstallConfig config = plan.config();
    ImageArtifacts a = config.artifacts();
    List<KernelArg> xen = new ArrayList<>();
    xen.add(KernelArg.of("dom0_mem", plan.options().dom0Mem()));
    xen.add(KernelArg.of("dom0_max_vcpus", plan.options().dom0MaxVcpus()));
    List<KernelArg> installer = new ArrayList<>();
    SerialConsole serial = plan.serial();
    if (serial != null) {
      xen.add(KernelArg.of(serial.xenPort(), serial.xenSettings()));
      xen.add(KernelArg.of("console", serial.xenPort() + ",vga"));
      // hvc0 is Xen's console (the serial port above): the installed host gets it as its serial
      // console too. tty0 comes last, as on the ISO, so the installer's screens run on the VGA console.
      installer.add(KernelArg.of("console", "hvc0"));
    } else {
      xen.add(KernelArg.of("console", "vga"));
    }
    installer.add(KernelArg.of("console", "tty0"));
    installer.add(KernelArg.of("network_device", plan.management().device(plan.options().adminInterfaceBy())));
    installer.add(KernelArg.of("network_config", networkConfig(plan)));
    installer.add(KernelArg.of("answerfile", config.urls().file(XcpngPlugin.ANSWER_FILE)));
    installer.add(KernelArg.flag("install"));
    installer.addAll(config.profile().kernelArgs());
    return BootSpec.multiboot(new BootFile("xen.gz", a.hypervisor()), xen, List.of(
        new BootModule(new BootFile("vmlinuz", a.kernel()), installer),
        new BootModule(new BootFile("install.img", a.installImage()), List.of())));
  }

  /**
   * @return the installer start-up's {@code network_config} value (doc/parameters.txt), which
   *     brings up the management NIC to fetch the answer file: {@code dhcp[:vlan=N]} or {@code
   *     static:ip=...;netmask=...;gateway=...[;dns=a,b][;domain=d][;vlan=N]}
   */
  static String networkConfig(XcpngPlan plan) {
    ManagementInterface m = plan.management();
    List<String> settings = new ArrayList<>();
    if (!m.dhcp()) {
      settings.add("ip=" + m.address());
      settings.add("netmask=" + m.netmask());
      settings.add("gateway=" + m.gateway());
      List<String> dns = plan.config().network().nameservers();
      if (!dns.isEmpty()) {
        settings.add("dns=" + String.join(",", dns));
      }
      if (plan.config().server().domain() != null) {
        settings.add("domain=" + plan.config().server().domain());
      }
    }
    if (m.vlan() != null) {
      settings.add("vlan=" + m.vlan());
    }
    String mode = m.dhcp() ? "dhcp" : "static";
    return settings.isEmpty() ? mode : mode + ":" + String.join(";", settings);
  }
}
