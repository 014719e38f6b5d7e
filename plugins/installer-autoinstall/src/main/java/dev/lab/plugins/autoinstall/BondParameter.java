package dev.lab.plugins.autoinstall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The netplan bond parameters a profile may set through the option {@code
 * autoinstall.bond.<bond>.<parameter>}, each with its value type. Reference:
 * https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-bonds
 */
enum BondParameter {
  MII_MONITOR_INTERVAL("mii-monitor-interval", Kind.INTEGER, 0, 1_000_000),
  UP_DELAY("up-delay", Kind.INTEGER, 0, 1_000_000),
  DOWN_DELAY("down-delay", Kind.INTEGER, 0, 1_000_000),
  ARP_INTERVAL("arp-interval", Kind.INTEGER, 0, 1_000_000),
  LEARN_PACKET_INTERVAL("learn-packet-interval", Kind.INTEGER, 1, 0x7fffffff),
  MIN_LINKS("min-links", Kind.INTEGER, 0, 1024),
  GRATUITOUS_ARP("gratuitous-arp", Kind.INTEGER, 1, 255),
  LACP_RATE("lacp-rate", Set.of("slow", "fast")),
  TRANSMIT_HASH_POLICY("transmit-hash-policy", Set.of("layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4")),
  AD_SELECT("ad-select", Set.of("stable", "bandwidth", "count")),
  FAIL_OVER_MAC_POLICY("fail-over-mac-policy", Set.of("none", "active", "follow")),
  PRIMARY_RESELECT_POLICY("primary-reselect-policy", Set.of("always", "better", "failure")),
  ARP_VALIDATE("arp-validate",
      Set.of("none", "active", "backup", "all", "filter", "filter_active", "filter_backup")),
  ARP_ALL_TARGETS("arp-all-targets", Set.of("any", "all")),
  ALL_MEMBERS_ACTIVE("all-members-active", Kind.BOOLEAN, 0, 0),
  PRIMARY("primary", Kind.MEMBER, 0, 0),
  ARP_IP_TARGETS("arp-ip-targets", Kind.ADDRESSES, 0, 0);

  /** The bond modes netplan knows. */
  static final Set<String> MODES =
      Set.of("balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb", "balance-alb");
  /** The link-monitoring interval written when a bond sets neither MII nor ARP monitoring. */
  static final int DEFAULT_MII_MONITOR_INTERVAL = 100;

  private enum Kind { INTEGER, CHOICE, BOOLEAN, MEMBER, ADDRESSES }

  private final String key;
  private final Kind kind;
  private final long min;
  private final long max;
  private final Set<String> choices;

  BondParameter(String key, Kind kind, long min, long max) {
    this.key = key;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.choices = Set.of();
  }

  BondParameter(String key, Set<String> choices) {
    this.key = key;
    this.kind = Kind.CHOICE;
    this.min = 0;
    this.max = 0;
    this.choices = choices;
  }

  /** @return the netplan key */
  String key() {
    return key;
  }

  static Optional<BondParameter> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  /** @return every key, sorted, for messages */
  static List<String> keys() {
    return Arrays.stream(values()).map(BondParameter::key).sorted().toList();
  }

  /**
   * @param value the option's text
   * @param members the bond's members
   * @return why the value is wrong, or empty when it is fine
   */
  Optional<String> check(String value, List<String> members) {
    return switch (kind) {
      case INTEGER -> integer(value).filter(v -> v >= min && v <= max).isPresent() ? Optional.empty()
          : Optional.of("must be a whole number from " + min + " to " + max);
      case CHOICE -> choices.contains(value) ? Optional.empty()
          : Optional.of("must be one of " + new TreeSet<>(choices));
      case BOOLEAN -> value.equals("true") || value.equals("false") ? Optional.empty()
          : Optional.of("must be true or false");
      case MEMBER -> members.contains(value) ? Optional.empty()
          : Optional.of("must name one of the bond's members " + members);
      case ADDRESSES -> Arrays.stream(value.split(",", -1)).allMatch(Syntax::ipv4) ? Optional.empty()
          : Optional.of("must be IPv4 addresses separated by commas");
    };
  }

  /** @return the value as netplan wants it: a number, a boolean, a list of strings or a string */
  Object typed(String value) {
    return switch (kind) {
      case INTEGER -> integer(value).orElseThrow();
      case BOOLEAN -> Boolean.parseBoolean(value);
      case ADDRESSES -> List.of(value.split(","));
      case CHOICE, MEMBER -> value;
    };
  }

  /**
   * @return the netplan {@code parameters} of a bond: its mode, the options given for it in netplan's
   *     key order, and MII monitoring every {@value #DEFAULT_MII_MONITOR_INTERVAL} ms unless the
   *     options choose a monitoring themselves
   */
  static Map<String, Object> parameters(String mode, Map<String, String> options) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mode", mode);
    Map<String, Object> given = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    options.forEach((k, v) -> byKey(k).ifPresentOrElse(p -> given.put(k, p.typed(v)), () -> unknown.add(k)));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown bond parameters " + unknown);
    }
    if (!given.containsKey(MII_MONITOR_INTERVAL.key) && !given.containsKey(ARP_INTERVAL.key)) {
      out.put(MII_MONITOR_INTERVAL.key, DEFAULT_MII_MONITOR_INTERVAL);
    }
    out.putAll(given);
    return out;
  }

  private static Optional<Long> integer(String value) {
    if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value));
  }
}
