package dev.lab.core.state;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an onboarding is in its life. */
public enum OnboardingState {
  /** Approved: the machine gets its install boot when it network-boots. */
  APPROVED,
  /** The machine fetched its install boot. */
  BOOTING,
  /** The installer reported progress. */
  INSTALLING,
  /** The install finished: the machine boots from its disk from now on. */
  INSTALLED,
  /** The installed machine enrolled into OpenVox/Puppet. */
  ENROLLED,
  /** The install failed; the reason is recorded. */
  FAILED,
  /** A newer approval of the same server replaced it; its tokens are revoked. */
  SUPERSEDED;

  /** The states in which the machine is to be installed when it network-boots. */
  public static final Set<OnboardingState> PENDING = EnumSet.of(APPROVED, BOOTING, INSTALLING);

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }

  static OnboardingState of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
