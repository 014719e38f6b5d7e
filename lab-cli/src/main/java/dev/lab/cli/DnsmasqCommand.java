package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.dhcp.DnsmasqConfig;
import dev.lab.core.dhcp.DnsmasqConfig.Mode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lab dnsmasq}: prints a dnsmasq configuration that brings network-booting machines to Lab. */
@Command(name = "dnsmasq", mixinStandardHelpOptions = true,
    description = {"Print a dnsmasq configuration for network boot through Lab: iPXE over TFTP per client",
        "architecture (BIOS, x86_64 UEFI, arm64 UEFI), UEFI HTTP boot, then Lab's boot.ipxe.",
        "Proxy mode (default) runs next to your DHCP server; full mode leases addresses too."})
final class DnsmasqCommand extends BaseCommand {
  @Option(names = "--mode", defaultValue = "proxy", paramLabel = "MODE",
      description = "proxy or full (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Option(names = "--network", required = true, paramLabel = "ADDRESS",
      description = "Proxy: the subnet's network address. Full: the first address to lease.")
  String network;

  @Option(names = "--range-end", paramLabel = "ADDRESS", description = "Full mode: the last address to lease.")
  String rangeEnd;

  @Option(names = "--netmask", defaultValue = "255.255.255.0", paramLabel = "MASK",
      description = "The subnet mask (default: ${DEFAULT-VALUE}).")
  String netmask;

  @Option(names = "--interface", paramLabel = "IFACE", description = "Serve on this interface only.")
  String iface;

  @Option(names = "--tftp-root", defaultValue = "/srv/tftp", paramLabel = "DIR",
      description = "Where dnsmasq serves the iPXE binaries from (default: ${DEFAULT-VALUE}).")
  String tftpRoot;

  @Option(names = "--url", paramLabel = "URL", description = "Lab's public base URL (default: server.url in lab.yaml).")
  String url;

  @Mixin
  LabDirOption lab;

  @Override
  public Integer call() {
    String base = url;
    if (base == null) {
      try (LabContext context = open(lab.dir(environment().env()))) {
        base = context.lab().config().server().url();
      }
    }
    DnsmasqConfig.Settings settings = new DnsmasqConfig.Settings(mode, base, network, rangeEnd, netmask, iface, tftpRoot);
    List<String> problems = DnsmasqConfig.problems(settings);
    if (!problems.isEmpty()) {
      throw UserError.invalid(String.join("; ", problems));
    }
    out().print(DnsmasqConfig.render(settings));
    return ExitCode.OK;
  }
}
