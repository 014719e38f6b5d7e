package dev.lab.core.boot;

import dev.lab.api.Templates;
import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.core.render.TemplateEngine;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The boot chain Lab serves, rendered from the {@code core} namespace's templates (the top-level
 * {@code templates/} folder: {@code ipxe/}, {@code grub/}, {@code pxelinux/}), which a lab directory
 * overrides file by file under {@code templates/core/}.
 *
 * <p>The chain: DHCP hands out iPXE (or GRUB, or pxelinux), which fetches a fixed bootstrap — {@link
 * #ipxeBootstrap} or {@link #grubChain}, or pxelinux's per-MAC file name {@link #pxelinuxConfigPath}
 * — which asks Lab again with the machine's facts; Lab answers with an install boot ({@code
 * ...Install}) or a local boot ({@code ...LocalBoot}). Kernel command lines are written by {@link
 * KernelCommandLine} with each loader's own quoting.
 *
 * <p>Every method throws {@link IllegalArgumentException} with a message naming the loader, the
 * value and the reason when a boot spec or URL cannot be written for that loader without changing
 * its meaning, and {@link dev.lab.api.InstallerException} when a (possibly overridden) template
 * fails. URLs are absolute; the bootstraps append a query to the per-machine URL they are given.
 */
public final class BootScripts {
  private static final Pattern MAC = Pattern.compile("\\p{XDigit}{2}([:-]\\p{XDigit}{2}){5}");

  private final Templates templates;

  /** @param engine the engine whose {@code core} namespace holds the boot-chain templates */
  public BootScripts(TemplateEngine engine) {
    this(engine.forNamespace(TemplateEngine.CORE, BootScripts.class.getClassLoader()));
  }

  BootScripts(Templates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /**
   * The iPXE script DHCP points machines at ({@code boot.ipxe}): it chains to the per-machine URL
   * with the query {@code mac}, {@code uuid}, {@code buildarch} ({@code i386}, {@code x86_64},
   * {@code arm64}), {@code platform} ({@code pcbios} or {@code efi}), {@code serial}, {@code
   * manufacturer} and {@code product}. The last three are percent-encoded by iPXE, except that older
   * iPXE builds leave {@code +} as it is: read {@code +} literally, not as a space.
   *
   * @param perMachineUrl where Lab answers with the per-machine iPXE script
   */
  public String ipxeBootstrap(String perMachineUrl) {
    return templates.render("ipxe/boot.ipxe.ftl", IpxeModels.bootstrap(perMachineUrl));
  }

  /**
   * The per-machine iPXE script that boots a spec. A multiboot spec under UEFI, which iPXE cannot
   * load, chains to a GRUB EFI image instead; that GRUB must read Lab's fixed-path GRUB config
   * ({@link #grubChain}), for example through a config embedded with {@code grub-mkimage -c}
   * containing {@code configfile (http,lab.example:8080)/grub.cfg}.
   *
   * @param grubEfiUrl the GRUB EFI image for multiboot specs under UEFI; nullable otherwise
   */
  public String ipxeInstall(BootSpec spec, Firmware firmware, String grubEfiUrl) {
    return spec.kind() == BootKind.LINUX
        ? templates.render("ipxe/linux.ipxe.ftl", IpxeModels.linux(spec, firmware))
        : templates.render("ipxe/multiboot.ipxe.ftl", IpxeModels.multiboot(spec, firmware, grubEfiUrl));
  }

  /** The per-machine iPXE script that boots the local disk (BIOS) or returns to the firmware (UEFI). */
  public String ipxeLocalBoot(Firmware firmware) {
    return templates.render("ipxe/local.ipxe.ftl", IpxeModels.local(firmware));
  }

  /**
   * The GRUB config served at a fixed path (the one a GRUB image or an installer ISO's GRUB reads),
   * which loads the per-machine config from the given URL with the query {@code mac} ({@code
   * $net_default_mac}), {@code platform} ({@code pc} or {@code efi}) and {@code arch} ({@code i386},
   * {@code x86_64}, {@code arm64}).
   *
   * @param perMachineUrl an {@code http} or {@code tftp} URL where Lab answers with the per-machine
   *     GRUB config
   */
  public String grubChain(String perMachineUrl) {
    return templates.render("grub/chain.cfg.ftl", GrubModels.chain(perMachineUrl));
  }

  /** The per-machine GRUB config that boots a spec ({@code linux}/{@code initrd} or {@code multiboot2}/{@code module2}). */
  public String grubInstall(BootSpec spec, Firmware firmware) {
    return spec.kind() == BootKind.LINUX
        ? templates.render("grub/linux.cfg.ftl", GrubModels.linux(spec, firmware))
        : templates.render("grub/multiboot.cfg.ftl", GrubModels.multiboot(spec, firmware));
  }

  /** The per-machine GRUB config that chainloads the first disk (BIOS) or returns to the firmware (UEFI). */
  public String grubLocalBoot(Firmware firmware) {
    return templates.render("grub/local.cfg.ftl", GrubModels.local(firmware));
  }

  /**
   * The per-MAC pxelinux config that boots a spec ({@code mboot.c32} for multiboot, which must sit
   * beside {@code lpxelinux.0}). pxelinux boots legacy BIOS machines only.
   */
  public String pxelinuxInstall(BootSpec spec, Firmware firmware) {
    return spec.kind() == BootKind.LINUX
        ? templates.render("pxelinux/linux.cfg.ftl", PxelinuxModels.linux(spec, firmware))
        : templates.render("pxelinux/multiboot.cfg.ftl", PxelinuxModels.multiboot(spec, firmware));
  }

  /** The per-MAC pxelinux config that boots the local disk (BIOS only). */
  public String pxelinuxLocalBoot(Firmware firmware) {
    return templates.render("pxelinux/local.cfg.ftl", PxelinuxModels.local(firmware));
  }

  /**
   * @param mac a MAC address, six hex pairs separated by {@code :} or {@code -}
   * @return the path pxelinux asks for first for that MAC, for example {@code
   *     pxelinux.cfg/01-52-54-00-ab-cd-ef}
   */
  public static String pxelinuxConfigPath(String mac) {
    if (mac == null || !MAC.matcher(mac).matches()) {
      throw new IllegalArgumentException(LoaderWords.show(String.valueOf(mac))
          + " is not a MAC address: write six hex pairs separated by ':' or '-'");
    }
    return "pxelinux.cfg/01-" + mac.toLowerCase(Locale.ROOT).replace(':', '-');
  }

  /**
   * @return a human-readable summary of a spec for {@code lab render}: kernel, initrds or modules
   *     with their URLs, and each command line as the kernel receives it
   */
  public static String describe(BootSpec spec) {
    StringBuilder sb = new StringBuilder();
    line(sb, "boot", spec.kind() == BootKind.LINUX ? "linux" : "multiboot");
    line(sb, "kernel", spec.kernel().name() + "  " + spec.kernel().url());
    line(sb, "cmdline", commandLine(spec.kernelArgs()));
    spec.initrds().forEach(initrd -> line(sb, "initrd", initrd.name() + "  " + initrd.url()));
    for (BootModule module : spec.modules()) {
      line(sb, "module", module.file().name() + "  " + module.file().url());
      line(sb, "cmdline", commandLine(module.args()));
    }
    return sb.toString();
  }

  private static String commandLine(List<KernelArg> args) {
    return args.isEmpty() ? "(none)" : KernelCommandLine.forKernel(args);
  }

  private static void line(StringBuilder sb, String label, String text) {
    sb.append(String.format("%-8s %s", label, text)).append('\n');
  }
}
