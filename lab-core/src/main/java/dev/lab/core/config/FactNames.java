package dev.lab.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The facts rule conditions can test, by name, with what each means. Servers of the inventory may
 * declare further facts of their own in a {@code facts:} block (for example {@code provider}); a
 * rule may test those too.
 */
public final class FactNames {
  /** Numeric facts: ordering operators and units apply. */
  public static final Set<String> NUMERIC = Set.of("sockets", "cores", "threads", "memory", "disks", "nics",
      "storage", "disk", "nic");

  private static final Map<String, String> KNOWN = catalog();

  private FactNames() {}

  private static Map<String, String> catalog() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", "the machine's name in Lab");
    m.put("mac", "the MAC it boots from, lowercase with colons");
    m.put("arch", "x86_64, aarch64 or riscv64");
    m.put("firmware", "bios or uefi");
    m.put("cpu", "the CPU model name");
    m.put("sockets", "populated CPU sockets");
    m.put("cores", "physical CPU cores over all sockets");
    m.put("threads", "hardware threads (logical CPUs)");
    m.put("memory", "installed memory in bytes; compare with units: >= 500GB, < 2TiB");
    m.put("vendor", "the DMI system vendor");
    m.put("product", "the DMI product name");
    m.put("serial", "the DMI system serial number");
    m.put("uuid", "the DMI system UUID");
    m.put("bmc", "the BMC address, when visible");
    m.put("disks", "how many disks");
    m.put("storage", "the size of all disks together, in bytes");
    m.put("disk", "some disk passes: an optional type (hdd, ssd, nvme, virtio) and size tests, e.g. nvme >= 1TB");
    m.put("nics", "how many NICs");
    m.put("nic", "some NIC's speed passes: 25G is 25 Gbit/s, a plain number is Mbit/s");
    m.put("label", "a label of the machine: label: rack1 holds when it has it");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** @return every built-in fact name with its meaning, in the order documented */
  public static Map<String, String> known() {
    return KNOWN;
  }

  /** @return whether Lab knows the fact without a server declaring it */
  public static boolean isKnown(String fact) {
    return KNOWN.containsKey(fact);
  }
}
