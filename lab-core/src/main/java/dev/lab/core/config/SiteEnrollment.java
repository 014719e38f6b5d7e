package dev.lab.core.config;

import dev.lab.api.model.Doc;

/**
 * The site's OpenVox/Puppet enrollment settings.
 *
 * @param puppetServer the OpenVox/Puppet server's host name
 * @param packageRepository where agents are installed from; nullable for the upstream OpenVox
 *     repositories
 */
@Doc("Enrollment of installed machines into OpenVox/Puppet.")
public record SiteEnrollment(
    @Doc(value = "OpenVox/Puppet server host name.", defaultValue = "puppet", example = "puppet.lab.example")
        String puppetServer,
    @Doc(value = "Repository the agent is installed from; the upstream OpenVox repositories when absent.",
        example = "https://mirror.lab.example/openvox/") String packageRepository) {

  public SiteEnrollment {
    puppetServer = puppetServer == null ? "puppet" : puppetServer;
  }
}
