package dev.lab.core.onboard;

/** A discovery post Lab turns down: discovery is off, or the machine is in the inventory. */
public final class DiscoveryRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message why, in words an operator can act on */
  public DiscoveryRefused(String message) {
    super(message);
  }
}
