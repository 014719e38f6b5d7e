package dev.lab.plugins.vyos.model;

import java.util.Map;

/** Bond modes: the Linux names profiles may use, and VyOS's own names for them. */
public final class BondModes {
  /** The mode a bond gets when the profile names none (VyOS's own default would be 802.3ad). */
  public static final String DEFAULT = "active-backup";
  private static final Map<String, String> LINUX_TO_VYOS = Map.of(
      "balance-rr", "round-robin",
      "active-backup", "active-backup",
      "balance-xor", "xor-hash",
      "broadcast", "broadcast",
      "802.3ad", "802.3ad",
      "balance-tlb", "transmit-load-balance",
      "balance-alb", "adaptive-load-balance");

  private BondModes() {}

  /** @return VyOS's name for a mode given by its Linux or VyOS name, or null when unknown */
  public static String toVyos(String mode) {
    String m = mode == null ? DEFAULT : mode;
    if (LINUX_TO_VYOS.containsKey(m)) {
      return LINUX_TO_VYOS.get(m);
    }
    return LINUX_TO_VYOS.containsValue(m) ? m : null;
  }

  /** @return the accepted names, for messages */
  public static String accepted() {
    return "balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb, balance-alb "
        + "(or VyOS's round-robin, xor-hash, transmit-load-balance, adaptive-load-balance)";
  }
}
