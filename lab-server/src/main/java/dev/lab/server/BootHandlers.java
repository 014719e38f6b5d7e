package dev.lab.server;

import dev.lab.api.model.Firmware;
import dev.lab.core.boot.BootScripts;
import dev.lab.core.onboard.BootDecision;
import dev.lab.core.onboard.BootRequest;
import dev.lab.core.onboard.OnboardingService;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The boot chain: the fixed entry points ({@code /boot.ipxe}, {@code /grub/grub.cfg}) that ask Lab
 * again with the machine's facts, and the per-machine answers ({@code /ipxe}, {@code
 * /grub/machine.cfg}, {@code /pxelinux.cfg/01-<mac>}), each the onboarding service's decision
 * written in that loader's language.
 */
final class BootHandlers {
  static final String TEXT = "text/plain; charset=utf-8";
  /** Where a UEFI machine's iPXE finds the GRUB image that boots multiboot specs (XCP-ng's Xen). */
  static final String GRUB_EFI_ARTIFACT = "artifacts/grub/grubx64.efi";
  private static final Pattern PXELINUX_MAC = Pattern.compile("01-(.*)");

  private final OnboardingService onboarding;
  private final BootScripts scripts;
  private final String baseUrl;
  private final ServerMetrics metrics;

  /** @param baseUrl Lab's public base URL, ending in {@code /} */
  BootHandlers(OnboardingService onboarding, BootScripts scripts, String baseUrl, ServerMetrics metrics) {
    this.onboarding = onboarding;
    this.scripts = scripts;
    this.baseUrl = baseUrl;
    this.metrics = metrics;
  }

  /** {@code GET /boot.ipxe}: the bootstrap DHCP points iPXE at. */
  void ipxeBootstrap(Context ctx) {
    text(ctx, scripts.ipxeBootstrap(baseUrl + "ipxe"));
  }

  /** {@code GET /ipxe?mac=...}: the machine's install or local boot, for iPXE. */
  void ipxe(Context ctx) {
    BootDecision d = decide(MachineFacts.read(ctx, "ipxe", "buildarch"));
    text(ctx, d.install() ? scripts.ipxeInstall(d.spec(), d.firmware(), baseUrl + GRUB_EFI_ARTIFACT)
        : scripts.ipxeLocalBoot(d.firmware()));
  }

  /** {@code GET /grub/grub.cfg}: the fixed-path GRUB config, which loads the per-machine one. */
  void grubChain(Context ctx) {
    text(ctx, scripts.grubChain(baseUrl + "grub/machine.cfg"));
  }

  /** {@code GET /grub/machine.cfg?mac=...}: the machine's install or local boot, for GRUB. */
  void grubMachine(Context ctx) {
    BootDecision d = decide(MachineFacts.read(ctx, "grub", "arch"));
    text(ctx, d.install() ? scripts.grubInstall(d.spec(), d.firmware()) : scripts.grubLocalBoot(d.firmware()));
  }

  /**
   * {@code GET /pxelinux.cfg/{name}}: for {@code 01-<mac>}, the machine's install or local boot;
   * any other name pxelinux tries (UUID, IP address prefixes, {@code default}) is not found, so
   * pxelinux goes on to the per-MAC name. pxelinux boots legacy BIOS machines only.
   */
  void pxelinux(Context ctx) {
    Matcher m = PXELINUX_MAC.matcher(ctx.pathParam("name"));
    if (!m.matches()) {
      throw ProblemException.notFound("Lab answers pxelinux only at pxelinux.cfg/01-<mac>");
    }
    String mac = MacAddress.parse(m.group(1), "the MAC address in the file name");
    BootDecision d = decide(new BootRequest(mac, "pxelinux", Firmware.BIOS, null, null, null, null, null));
    text(ctx, d.install() ? scripts.pxelinuxInstall(d.spec(), d.firmware()) : scripts.pxelinuxLocalBoot(d.firmware()));
  }

  private BootDecision decide(BootRequest request) {
    BootDecision decision = onboarding.decide(request);
    metrics.bootDecision(request.loader(), decision.install());
    return decision;
  }

  private static void text(Context ctx, String body) {
    ctx.header("Cache-Control", "no-store").contentType(TEXT).result(body);
  }
}
