package dev.lab.core.boot;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.KernelArg;
import java.util.List;

/** Boot specs as the installer plugins produce them, for the boot-chain tests. */
final class BootFixtures {
  static final String ARTIFACTS = "http://lab.example:8080/artifacts/";
  static final String GRUB_EFI = ARTIFACTS + "grub/grubx64.efi";

  /** An Ubuntu live-server install with a second initrd and an argument that needs quoting. */
  static final BootSpec LINUX = BootSpec.linux(
      new BootFile("vmlinuz", ARTIFACTS + "ubuntu-24.04/x86_64/casper/vmlinuz"),
      List.of(new BootFile("initrd", ARTIFACTS + "ubuntu-24.04/x86_64/casper/initrd"),
          new BootFile("firmware.cpio", ARTIFACTS + "firmware/firmware.cpio")),
      List.of(KernelArg.of("ip", "dhcp"),
          KernelArg.of("url", ARTIFACTS + "ubuntu-24.04/x86_64/ubuntu-24.04-live-server-amd64.iso"),
          KernelArg.flag("autoinstall"),
          KernelArg.of("ds", "nocloud-net;s=http://lab.example:8080/t/Q2hhbmdlTWU/"),
          KernelArg.of("console", "ttyS0,115200n8"),
          KernelArg.of("lab.rack", "row 4 rack 2"),
          KernelArg.flag("---"),
          KernelArg.flag("quiet")));

  /** An XCP-ng install: Xen with the installer's dom0 kernel and its image as modules. */
  static final BootSpec MULTIBOOT = BootSpec.multiboot(
      new BootFile("xen.gz", ARTIFACTS + "xcp-ng-8.3/x86_64/boot/xen.gz"),
      List.of(KernelArg.of("dom0_mem", "2048M,max:2048M"), KernelArg.flag("watchdog"),
          KernelArg.of("dom0_max_vcpus", "1-16"), KernelArg.of("com1", "115200,8n1"),
          KernelArg.of("console", "com1,vga")),
      List.of(new BootModule(new BootFile("vmlinuz", ARTIFACTS + "xcp-ng-8.3/x86_64/boot/vmlinuz"),
              List.of(KernelArg.of("console", "hvc0"), KernelArg.flag("install"),
                  KernelArg.of("answerfile", "http://lab.example:8080/t/Q2hhbmdlTWU/answerfile.xml"),
                  KernelArg.of("answerfile_device", "52:54:00:12:34:56"))),
          new BootModule(new BootFile("install.img", ARTIFACTS + "xcp-ng-8.3/x86_64/install.img"), List.of())));

  private BootFixtures() {}
}
