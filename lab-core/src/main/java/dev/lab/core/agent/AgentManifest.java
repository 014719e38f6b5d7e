package dev.lab.core.agent;

import java.util.List;
import java.util.Map;

/**
 * What {@code agent/<arch>/manifest.json} records about a built agent OS.
 *
 * @param arch Lab's architecture name
 * @param kernelVersion the kernel release, e.g. {@code 6.1.0-28-amd64}
 * @param packages every Debian package the agent was assembled from, with its version
 * @param sha256 SHA-256 of {@code vmlinuz} and {@code initrd.img}, by file name
 * @param modules the kernel modules the agent loads at start, in load order
 * @param builtAt ISO-8601 build time
 * @param builder what built it, e.g. {@code lab 0.1.0}
 */
public record AgentManifest(String arch, String kernelVersion, List<PackageVersion> packages,
    Map<String, String> sha256, List<String> modules, String builtAt, String builder) {

  /**
   * A package and its version.
   *
   * @param name package name
   * @param version Debian version
   */
  public record PackageVersion(String name, String version) {
  }
}
