package dev.lab.core.install;

import java.util.Objects;

/**
 * The site's enrollment settings (from {@code lab.yaml}).
 *
 * @param puppetServer the OpenVox/Puppet server host name
 * @param packageRepository where agents are installed from; nullable for the upstream OpenVox
 *     repositories
 */
public record EnrollmentSettings(String puppetServer, String packageRepository) {
  public EnrollmentSettings {
    Objects.requireNonNull(puppetServer, "puppetServer");
  }
}
