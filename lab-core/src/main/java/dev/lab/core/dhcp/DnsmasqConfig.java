package dev.lab.core.dhcp;

import dev.lab.core.config.IpAddresses;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a dnsmasq configuration that brings network-booting machines to Lab: firmware PXE clients
 * get the iPXE binary for their architecture over TFTP (legacy BIOS: {@code undionly.kpxe}, x86_64
 * UEFI: {@code snponly.efi}, arm64 UEFI: {@code ipxe-arm64.efi}), UEFI HTTP-boot clients get
 * {@code snponly.efi} over HTTP from Lab's artifacts, and iPXE (recognised by its user class) gets
 * Lab's {@code boot.ipxe}. Lab does not replace DHCP: in proxy mode dnsmasq only adds boot
 * information next to the site's DHCP server; in full mode it also leases addresses.
 */
public final class DnsmasqConfig {
  /** How dnsmasq relates to the site's DHCP. */
  public enum Mode {
    /** Proxy DHCP: an existing DHCP server leases addresses; dnsmasq adds boot information. */
    PROXY,
    /** dnsmasq is the DHCP server for the range. */
    FULL
  }

  /**
   * What to write.
   *
   * @param mode proxy or full
   * @param labUrl Lab's public base URL, ending in {@code /}
   * @param network the subnet's network address (proxy) or the first address of the range (full)
   * @param rangeEnd the last address of the range (full mode only); nullable in proxy mode
   * @param netmask the subnet mask
   * @param iface the interface to serve on; nullable for all
   * @param tftpRoot the folder dnsmasq serves the iPXE binaries from
   */
  public record Settings(Mode mode, String labUrl, String network, String rangeEnd, String netmask,
      String iface, String tftpRoot) {
    public Settings {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(labUrl, "labUrl");
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(netmask, "netmask");
      Objects.requireNonNull(tftpRoot, "tftpRoot");
    }
  }

  private DnsmasqConfig() {}

  /**
   * @return every problem with the settings (empty when they can be written)
   */
  public static List<String> problems(Settings s) {
    List<String> problems = new ArrayList<>();
    URI uri = null;
    try {
      uri = URI.create(s.labUrl());
    } catch (IllegalArgumentException e) {
      problems.add("Lab URL '" + s.labUrl() + "' is not a URL");
    }
    if (uri != null && (!"http".equals(uri.getScheme()) || uri.getHost() == null)) {
      problems.add("Lab URL '" + s.labUrl() + "' must be an http:// URL with a host (iPXE and UEFI HTTP boot fetch it)");
    }
    ipv4(s.network(), "network address", problems);
    ipv4(s.netmask(), "netmask", problems);
    if (s.mode() == Mode.FULL) {
      if (s.rangeEnd() == null) {
        problems.add("full mode needs the end of the address range");
      } else {
        ipv4(s.rangeEnd(), "range end", problems);
      }
    }
    if (s.iface() != null && !s.iface().matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,14}")) {
      problems.add("interface name '" + s.iface() + "' is not a network interface name");
    }
    if (!s.tftpRoot().matches("/[A-Za-z0-9._/+-]*")) {
      problems.add("TFTP root '" + s.tftpRoot() + "' must be an absolute path of letters, digits, '.', '_', '+', '-' and '/'");
    }
    return problems;
  }

  /**
   * @return the configuration text
   * @throws IllegalArgumentException listing the problems when the settings have any
   */
  public static String render(Settings s) {
    List<String> problems = problems(s);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    String base = s.labUrl().endsWith("/") ? s.labUrl() : s.labUrl() + "/";
    StringBuilder c = new StringBuilder();
    c.append("# dnsmasq configuration for network boot through Lab (").append(s.mode() == Mode.PROXY
        ? "proxy DHCP next to the site's DHCP server" : "dnsmasq leases addresses").append(").\n");
    c.append("# Put the iPXE binaries into ").append(s.tftpRoot())
        .append(": undionly.kpxe and snponly.efi (Debian package 'ipxe'), ipxe-arm64.efi for arm64.\n");
    c.append("port=0\n");
    if (s.iface() != null) {
      c.append("interface=").append(s.iface()).append("\nbind-dynamic\n");
    }
    c.append("log-dhcp\n");
    if (s.mode() == Mode.PROXY) {
      c.append("dhcp-range=").append(s.network()).append(",proxy,").append(s.netmask()).append('\n');
    } else {
      c.append("dhcp-range=").append(s.network()).append(',').append(s.rangeEnd()).append(',')
          .append(s.netmask()).append(",12h\n");
    }
    c.append("enable-tftp\ntftp-root=").append(s.tftpRoot()).append('\n');
    c.append("\n# Who is asking: iPXE itself (user class), or the firmware by client architecture (RFC 4578).\n");
    c.append("dhcp-userclass=set:ipxe,iPXE\n");
    c.append("dhcp-match=set:bios,option:client-arch,0\n");
    c.append("dhcp-match=set:efi-x64,option:client-arch,7\n");
    c.append("dhcp-match=set:efi-x64,option:client-arch,9\n");
    c.append("dhcp-match=set:efi-arm64,option:client-arch,11\n");
    c.append("dhcp-match=set:http-x64,option:client-arch,16\n");
    c.append("dhcp-match=set:http-arm64,option:client-arch,19\n");
    c.append("\n# iPXE chains to Lab, which answers per machine.\n");
    c.append("dhcp-boot=tag:ipxe,").append(base).append("boot.ipxe\n");
    c.append("\n# UEFI HTTP boot: the firmware downloads iPXE from Lab over HTTP.\n");
    c.append("dhcp-option-force=tag:http-x64,60,HTTPClient\n");
    c.append("dhcp-boot=tag:http-x64,tag:!ipxe,").append(base).append("artifacts/ipxe/snponly.efi\n");
    c.append("dhcp-option-force=tag:http-arm64,60,HTTPClient\n");
    c.append("dhcp-boot=tag:http-arm64,tag:!ipxe,").append(base).append("artifacts/ipxe/ipxe-arm64.efi\n");
    c.append("\n# Firmware PXE: iPXE over TFTP, the binary for the client's architecture.\n");
    if (s.mode() == Mode.PROXY) {
      c.append("pxe-service=tag:!ipxe,x86PC,\"Lab (BIOS)\",undionly.kpxe\n");
      c.append("pxe-service=tag:!ipxe,X86-64_EFI,\"Lab (UEFI)\",snponly.efi\n");
      c.append("pxe-service=tag:!ipxe,BC_EFI,\"Lab (UEFI)\",snponly.efi\n");
      c.append("pxe-service=tag:!ipxe,ARM64_EFI,\"Lab (arm64 UEFI)\",ipxe-arm64.efi\n");
    } else {
      c.append("dhcp-boot=tag:bios,tag:!ipxe,undionly.kpxe\n");
      c.append("dhcp-boot=tag:efi-x64,tag:!ipxe,snponly.efi\n");
      c.append("dhcp-boot=tag:efi-arm64,tag:!ipxe,ipxe-arm64.efi\n");
    }
    return c.toString();
  }

  private static void ipv4(String value, String what, List<String> problems) {
    if (value == null || IpAddresses.parseV4(value) == null) {
      problems.add(what + " '" + value + "' is not an IPv4 address");
    }
  }
}
