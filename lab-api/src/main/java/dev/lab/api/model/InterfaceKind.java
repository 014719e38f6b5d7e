package dev.lab.api.model;

import java.util.Locale;

/** What kind of network interface a configured interface is. */
public enum InterfaceKind {
  /** A physical NIC, matched by MAC. */
  ETHERNET,
  /** A bond of ethernet interfaces. */
  BOND,
  /** An 802.1Q VLAN on a parent interface. */
  VLAN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
