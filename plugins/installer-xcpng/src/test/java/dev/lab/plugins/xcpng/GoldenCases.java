package dev.lab.plugins.xcpng;

import dev.lab.api.Templates;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.render.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The golden cases: one configuration each, and what the plugin renders for it. */
final class GoldenCases {
  static final XcpngPlugin PLUGIN = new XcpngPlugin();
  static final Templates TEMPLATES =
      new TemplateEngine(null).forNamespace(PLUGIN.name(), XcpngPlugin.class.getClassLoader());

  /** Case name to configuration; every case has a folder under src/test/resources/golden. */
  static final Map<String, Supplier<TestConfig>> CASES = cases();

  private GoldenCases() {}

  private static Map<String, Supplier<TestConfig>> cases() {
    Map<String, Supplier<TestConfig>> m = new LinkedHashMap<>();
    // DHCP on the server's first NIC (no network configured), NTP from DHCP, enrollment scripts.
    m.put("dhcp", TestConfig::new);
    // Static address, IPv4 and IPv6 name servers, manual NTP servers.
    m.put("static", () -> {
      TestConfig c = new TestConfig().staticAddress();
      c.ntpServers = List.of("0.pool.ntp.org", "192.0.2.123");
      return c;
    });
    // Management on a tagged VLAN with a static address, BIOS firmware.
    m.put("vlan", () -> {
      TestConfig c = new TestConfig().vlan();
      c.firmware = Firmware.BIOS;
      return c;
    });
    // LVM storage repository over sda and two guest disks, NIC by name, bridge backend, serial console.
    m.put("lvm", () -> {
      TestConfig c = new TestConfig().option(XcpngOptions.SR_TYPE, "lvm")
          .option(XcpngOptions.GUEST_DISKS, "sdb,nvme0n1").option(XcpngOptions.ADMIN_INTERFACE_BY, "name")
          .option(XcpngOptions.NETWORK_BACKEND, "bridge").option(XcpngOptions.NTP, "default");
      c.serialConsole = "ttyS0,115200n8";
      return c;
    });
    // ext storage repository on a guest disk only, primary disk by id, Xen dom0 sizing.
    m.put("ext", () -> {
      TestConfig c = new TestConfig().option(XcpngOptions.SR_TYPE, "ext")
          .option(XcpngOptions.SR_ON_PRIMARY, "false")
          .option(XcpngOptions.GUEST_DISKS, "/dev/disk/by-id/nvme-SAMSUNG_MZ1LB960HAJQ-00007_S435NE0M123456")
          .option(XcpngOptions.DOM0_MEM, "4096M,max:4096M").option(XcpngOptions.DOM0_MAX_VCPUS, "1-8");
      c.device = "/dev/disk/by-id/ata-SAMSUNG_MZ7LH480HAHQ-00005_S45PNA0M123456";
      c.kernelArgs = List.of(KernelArg.of("device_mapper_multipath", "enabled"));
      return c;
    });
    // No enrollment: no filesystem-populated script, only the completion call.
    m.put("without-enrollment", () -> {
      TestConfig c = new TestConfig();
      c.enrollment = new Enrollment(null, null, false);
      return c;
    });
    return m;
  }

  /** @return file name to content: the rendered files and {@code boot.txt}, the boot spec */
  static Map<String, String> render(InstallConfig config) {
    Map<String, String> files = new LinkedHashMap<>();
    for (RenderedFile f : PLUGIN.generateAnswerFiles(config, TEMPLATES)) {
      files.put(f.name(), f.content());
    }
    files.put("boot.txt", describe(PLUGIN.preparePxe(new PxeConfig(config, config.server().firmware()))));
    return files;
  }

  /** @return the boot spec as text: one line per file, one indented line per argument */
  static String describe(BootSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append(spec.kind().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    file(sb, "kernel", spec.kernel(), spec.kernelArgs());
    for (BootModule m : spec.modules()) {
      file(sb, "module", m.file(), m.args());
    }
    return sb.toString();
  }

  private static void file(StringBuilder sb, String what, BootFile file, List<KernelArg> args) {
    sb.append(what).append(' ').append(file.name()).append(' ').append(file.url()).append('\n');
    for (KernelArg a : args) {
      sb.append("  ").append(a).append('\n');
    }
  }
}
