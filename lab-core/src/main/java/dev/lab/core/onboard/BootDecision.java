package dev.lab.core.onboard;

import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;

/**
 * What a network-booting machine gets, and why.
 *
 * @param server the server's name; nullable for a machine not in the inventory
 * @param onboardingId the onboarding being installed; nullable for a local boot
 * @param firmware the firmware to boot with
 * @param spec the install boot spec; nullable for a local boot
 * @param reason why, in words (recorded in the machine's timeline)
 */
public record BootDecision(String server, String onboardingId, Firmware firmware, BootSpec spec, String reason) {
  /** @return whether the machine boots an installer (or Lab's agent) rather than its disk */
  public boolean install() {
    return spec != null;
  }
}
