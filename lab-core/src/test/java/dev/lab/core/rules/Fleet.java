package dev.lab.core.rules;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Server;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.config.Lab;
import dev.lab.core.config.LabDirectory;
import dev.lab.core.config.LabLoad;
import dev.lab.core.facts.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated (seeded, repeatable) fleet for the rules tests and the benchmark: the example lab with
 * its two seed rules verbatim plus 48 generated rules, and 10,000 machines, a quarter of them
 * inventory servers with declared facts, the rest discovered with full facts.
 */
public final class Fleet {
  /** How many rules the fleet's lab has. */
  public static final int RULES = 50;
  /** How many machines the fleet has. */
  public static final int MACHINES = 10_000;

  private static final String[] PROFILES = {"alma-ci", "debian-db", "debian-rootfs", "fedora-web", "k8s-worker",
      "vyos-router", "xcpng-host"};
  private static final String[] VENDORS = {"Dell Inc.", "HPE", "Supermicro", "Lenovo", "QEMU"};
  private static final String[] CPUS = {"AMD EPYC 7543P 32-Core Processor", "Intel(R) Xeon(R) Gold 6338 CPU",
      "Ampere Altra Q80-30", "AMD EPYC 9654 96-Core Processor"};
  private static final String[] PROVIDERS = {"ovh", "hetzner", "homelab", "scaleway"};
  private static final int[] CORES = {4, 8, 16, 32, 40, 48, 64, 96, 128};
  private static final long[] MEMORY_GIB = {16, 32, 64, 128, 256, 512, 768, 1024, 2048};

  private final Lab lab;
  private final List<Machine> machines;

  private Fleet(Lab lab, List<Machine> machines) {
    this.lab = lab;
    this.machines = machines;
  }

  /** @return the lab (written into {@code dir}, which must be empty) and its machines */
  public static Fleet generate(Path dir, long seed) throws IOException {
    ExampleLab.write(dir);
    Random random = new Random(seed);
    Path rules = dir.resolve("rules.yaml");
    StringBuilder yaml = new StringBuilder(Files.readString(rules));
    for (int i = 1; i <= RULES - 2; i++) {
      yaml.append(rule(random, i));
    }
    Files.writeString(rules, yaml);
    LabLoad load = LabDirectory.load(dir);
    if (!load.ok()) {
      throw new IllegalStateException("the generated lab is not valid: " + load.problems());
    }
    List<Machine> machines = new ArrayList<>(MACHINES);
    for (int i = 0; i < MACHINES; i++) {
      machines.add(i % 4 == 0 ? inventory(random, i) : discovered(random, i));
    }
    return new Fleet(load.lab(), List.copyOf(machines));
  }

  /** @return the lab */
  public Lab lab() {
    return lab;
  }

  /** @return every machine, inventory and discovered, in generated order */
  public List<Machine> machines() {
    return machines;
  }

  /** @return the discovered machines, in generated order (the order apply handles them) */
  public List<Machine> pending() {
    return machines.stream().filter(m -> m.kind() == Machine.Kind.DISCOVERED).toList();
  }

  private static String rule(Random r, int i) {
    StringBuilder b = new StringBuilder("\n  - name: gen-").append(String.format("%02d", i)).append('\n');
    b.append("    priority: ").append(5 * r.nextInt(20)).append('\n');
    if (r.nextInt(10) < 3) {
      b.append("    limit: ").append(5 + r.nextInt(200)).append('\n');
    }
    b.append("    conditions:\n");
    List<String> facts = new ArrayList<>(List.of("cores", "memory", "provider", "vendor", "disk", "nic", "label",
        "threads", "firmware", "cpu"));
    int n = 2 + r.nextInt(2);
    for (int c = 0; c < n; c++) {
      String fact = facts.remove(r.nextInt(facts.size()));
      b.append("      ").append(fact).append(": \"").append(condition(r, fact)).append("\"\n");
    }
    b.append("    action:\n      profile: ").append(PROFILES[r.nextInt(PROFILES.length)]).append('\n');
    b.append("      labels: [gen-").append(String.format("%02d", i)).append("]\n");
    if (r.nextInt(10) < 4) {
      b.append("      hostnamePattern: g").append(String.format("%02d", i)).append("-{n:4}\n");
    }
    return b.toString();
  }

  private static String condition(Random r, String fact) {
    return switch (fact) {
      case "cores" -> ">= " + CORES[1 + r.nextInt(CORES.length - 2)];
      case "memory" -> pick(r, ">= 64GB", ">= 128GB", ">= 500GB", "< 2TiB", ">= 128GiB and < 1TiB", ">= 1TB");
      case "provider" -> pick(r, "in ovh, hetzner", "hetzner", "not in homelab", "ovh");
      case "vendor" -> pick(r, "~ ^(Dell|HPE)", "in Supermicro, Lenovo", "!= QEMU", "~ (?i)dell");
      case "disk" -> pick(r, "nvme >= 1TB", "ssd >= 480GB", ">= 4TB", "nvme", "hdd >= 8TB");
      case "nic" -> pick(r, ">= 25G", ">= 10G", "== 100G", "> 1G");
      case "label" -> pick(r, "rack1", "in rack2, rack3", "!= rack4", "~ ^rack[12]$");
      case "threads" -> pick(r, "> 64", ">= 128", "< 32");
      case "firmware" -> pick(r, "uefi", "bios");
      case "cpu" -> pick(r, "~ EPYC", "~ Xeon", "!~ Altra");
      default -> throw new IllegalArgumentException(fact);
    };
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String mac(int i) {
    return String.format("52:54:00:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff);
  }

  private static Machine inventory(Random r, int i) {
    Architecture arch = r.nextInt(10) < 8 ? Architecture.X86_64 : Architecture.AARCH64;
    Firmware firmware = arch == Architecture.X86_64 && r.nextBoolean() ? Firmware.BIOS : Firmware.UEFI;
    Map<String, String> facts = new HashMap<>();
    facts.put("cores", Integer.toString(CORES[r.nextInt(CORES.length)]));
    facts.put("memory", MEMORY_GIB[r.nextInt(MEMORY_GIB.length)] + (r.nextBoolean() ? "GB" : "GiB"));
    facts.put("provider", PROVIDERS[r.nextInt(PROVIDERS.length)]);
    if (r.nextBoolean()) {
      facts.put("vendor", VENDORS[r.nextInt(VENDORS.length)]);
    }
    List<String> labels = r.nextBoolean() ? List.of("rack" + (1 + r.nextInt(4))) : List.of();
    Server s = new Server(String.format("srv%05d", i), null, "lab.example", arch, firmware,
        List.of(new Nic("eth0", mac(i))), null, null, labels, facts, null);
    return Machine.of(s);
  }

  private static Machine discovered(Random r, int i) {
    boolean arm = r.nextInt(10) >= 8;
    int cores = CORES[r.nextInt(CORES.length)];
    List<Facts.Disk> disks = new ArrayList<>();
    for (int d = 0, n = 1 + r.nextInt(4); d < n; d++) {
      String type = pick(r, "nvme", "ssd", "hdd", "virtio");
      long size = switch (type) {
        case "nvme" -> pick(r, 512, 960, 1000, 1920, 3840) * 1_000_000_000L;
        case "ssd" -> pick(r, 240, 480, 960) * 1_000_000_000L;
        case "hdd" -> pick(r, 4000, 8000, 16000) * 1_000_000_000L;
        default -> (long) pick(r, 8, 64, 512) << 30;
      };
      String name = type.equals("nvme") ? "nvme" + d + "n1" : (type.equals("virtio") ? "vd" : "sd") + (char) ('a' + d);
      disks.add(new Facts.Disk(name, "/dev/" + name, null, size, type, "model " + type, "SN" + i + "-" + d));
    }
    List<Facts.Nic> nics = new ArrayList<>();
    for (int n = 0, count = 1 + r.nextInt(3); n < count; n++) {
      Long speed = r.nextInt(8) == 0 ? null : (long) pick(r, 1000, 10000, 25000, 100000);
      nics.add(new Facts.Nic("eno" + (n + 1), n == 0 ? mac(i) : mac(i + 0x100000 * n), "ixgbe", speed, speed != null));
    }
    Facts f = new Facts(mac(i), arm ? "aarch64" : "x86_64", arm || r.nextInt(5) > 0 ? "uefi" : "bios",
        new Facts.Cpu(arm ? CPUS[2] : CPUS[r.nextInt(CPUS.length)], 1 + r.nextInt(2), cores, cores * 2),
        MEMORY_GIB[r.nextInt(MEMORY_GIB.length)] << 30, disks, nics,
        new Facts.Dmi(VENDORS[r.nextInt(VENDORS.length)], "Model " + r.nextInt(9), "S" + i, null), null);
    return Machine.of("mac-" + mac(i).replace(":", ""), f, List.of());
  }

  private static int pick(Random r, int... options) {
    return options[r.nextInt(options.length)];
  }
}
