package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.List;

/**
 * What a machine matching a rule gets. It names a profile, or an image that exactly one profile
 * installs.
 *
 * @param profile the profile to onboard with; nullable when {@code image} is given
 * @param image the image to install, meaning the one profile that installs it; nullable when {@code
 *     profile} is given
 * @param labels labels added to the machine
 * @param hostnamePattern the host name given to the machine; nullable to keep its name
 */
@Doc("The action of a rule: a profile (or an image that exactly one profile installs), labels and a "
    + "host-name pattern.")
public record RuleAction(
    @Doc(value = "Profile to onboard with.", example = "xcpng") String profile,
    @Doc(value = "Image to install: the one profile that installs it is used.", example = "xcpng-8.3")
        String image,
    @Doc(value = "Labels added to the machine.", example = "[xen-host, production]") List<String> labels,
    @Doc(value = "Host name for the machine, with placeholders {n} (sequence number), {n:WIDTH} "
        + "(zero-padded) and {mac} (first MAC without separators).", example = "xen{n:2}")
        String hostnamePattern) {

  public RuleAction {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /**
   * @param n the machine's sequence number, from 1
   * @param mac the machine's first MAC
   * @return the host name the pattern gives, or null when the action has no pattern
   */
  public String hostname(int n, String mac) {
    return hostnamePattern == null ? null : HostnamePattern.expand(hostnamePattern, n, mac);
  }
}
