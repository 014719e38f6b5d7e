package dev.lab.core.rules;

import dev.lab.api.model.Nic;
import dev.lab.api.model.Server;
import dev.lab.core.config.RuleCondition;
import dev.lab.core.facts.Facts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What rules see of one machine: its name, where it comes from, its labels, its scalar facts as
 * text (numbers without units are bytes or counts) and its disks and NICs.
 *
 * @param name the machine's name in Lab
 * @param kind where it comes from
 * @param labels its labels
 * @param facts scalar facts by name ({@code cores}, {@code memory}, {@code provider}...)
 * @param disks its disks; empty when unknown
 * @param nics its NICs with known speeds; empty when unknown
 * @param numbers the scalar facts that are numbers (sizes in bytes), parsed once
 */
public record Machine(String name, Kind kind, List<String> labels, Map<String, String> facts, List<Disk> disks,
    List<NicSpeed> nics, Map<String, BigDecimal> numbers) {

  /** Where a machine comes from. */
  public enum Kind {
    /** A server file of the inventory; facts from its {@code facts:} block. */
    INVENTORY,
    /** A machine the discovery agent reported. */
    DISCOVERED;

    /** @return the word shown to users */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A disk as rules see it.
   *
   * @param name its kernel name
   * @param type hdd, ssd, nvme or virtio
   * @param sizeBytes its size
   */
  public record Disk(String name, String type, long sizeBytes) {}

  /**
   * A NIC as rules see it.
   *
   * @param name its kernel name
   * @param speedMbps its speed in Mbit/s, or null when unknown
   */
  public record NicSpeed(String name, Long speedMbps) {}

  public Machine {
    labels = List.copyOf(labels);
    facts = Map.copyOf(facts);
    disks = List.copyOf(disks);
    nics = List.copyOf(nics);
    numbers = Map.copyOf(numbers);
  }

  /** A machine whose numeric facts are parsed from its facts. */
  public Machine(String name, Kind kind, List<String> labels, Map<String, String> facts, List<Disk> disks,
      List<NicSpeed> nics) {
    this(name, kind, labels, facts, disks, nics, parse(facts));
  }

  private static Map<String, BigDecimal> parse(Map<String, String> facts) {
    Map<String, BigDecimal> out = new HashMap<>();
    facts.forEach((k, v) -> RuleCondition.number(v).ifPresent(n -> out.put(k, n)));
    return out;
  }

  /**
   * An inventory server: arch, firmware, first MAC and NIC count from its file, then its declared
   * {@code facts:}, which win.
   */
  public static Machine of(Server server) {
    Map<String, String> facts = new HashMap<>();
    facts.put("name", server.name());
    facts.put("arch", server.arch().id());
    facts.put("firmware", server.firmware().id());
    if (!server.nics().isEmpty()) {
      facts.put("mac", server.nics().get(0).mac().toLowerCase(java.util.Locale.ROOT));
    }
    facts.put("nics", Integer.toString(server.nics().size()));
    facts.putAll(server.facts());
    List<NicSpeed> nics = new ArrayList<>();
    for (Nic n : server.nics()) {
      nics.add(new NicSpeed(n.name(), null));
    }
    return new Machine(server.name(), Kind.INVENTORY, server.labels(), facts, List.of(), nics);
  }

  /** A discovered machine, from the facts its agent posted. */
  public static Machine of(String name, Facts f, List<String> labels) {
    Map<String, String> facts = new HashMap<>();
    facts.put("name", name);
    facts.put("mac", f.mac());
    facts.put("arch", f.architecture());
    facts.put("firmware", f.firmware());
    if (f.cpu() != null) {
      putIfPresent(facts, "cpu", f.cpu().model());
      putIfPresent(facts, "sockets", f.cpu().sockets());
      putIfPresent(facts, "cores", f.cpu().cores());
      putIfPresent(facts, "threads", f.cpu().threads());
    }
    putIfPresent(facts, "memory", f.memoryBytes());
    if (f.dmi() != null) {
      putIfPresent(facts, "vendor", f.dmi().vendor());
      putIfPresent(facts, "product", f.dmi().product());
      putIfPresent(facts, "serial", f.dmi().serial());
      putIfPresent(facts, "uuid", f.dmi().uuid());
    }
    if (f.bmc() != null) {
      putIfPresent(facts, "bmc", f.bmc().address());
    }
    facts.put("disks", Integer.toString(f.disks().size()));
    facts.put("storage", Long.toString(f.disks().stream().mapToLong(Facts.Disk::sizeBytes).sum()));
    facts.put("nics", Integer.toString(f.nics().size()));
    List<Disk> disks = f.disks().stream().map(d -> new Disk(d.name(), d.type(), d.sizeBytes())).toList();
    List<NicSpeed> nics = f.nics().stream().map(n -> new NicSpeed(n.name(), n.speedMbps())).toList();
    return new Machine(name, Kind.DISCOVERED, labels, facts, disks, nics);
  }

  private static void putIfPresent(Map<String, String> facts, String name, Object value) {
    if (value != null) {
      facts.put(name, value.toString());
    }
  }
}
