package dev.lab.core.config;

import java.util.Locale;

/** What a network-booting machine that Lab does not know boots into. */
public enum UnknownMachines {
  /** Its own disk. */
  LOCAL,
  /** The discovery agent, which reports the machine's hardware facts and waits. */
  DISCOVER;

  /** @return the name users write, for example {@code discover} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
