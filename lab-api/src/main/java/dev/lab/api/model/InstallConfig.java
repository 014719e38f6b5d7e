package dev.lab.api.model;

import java.util.List;
import java.util.Objects;

/**
 * One machine's installation, everything resolved: the host has merged the profile chain, picked
 * the network (the server's own, else the profile's, else DHCP on the first NIC) and filled every
 * ethernet interface's MAC, and made the image's artifact URLs absolute.
 *
 * @param server the machine
 * @param profile the resolved profile
 * @param image the image catalog entry
 * @param artifacts the image's artifacts for the machine's architecture, URLs absolute
 * @param network the effective network configuration
 * @param labels the effective labels: the profile's, then the server's
 * @param urls the onboarding's Lab URLs
 * @param enrollment the enrollment to perform; nullable when the profile disables enrollment
 * @param registryAuthJson the contents of the bootc image's registry credentials file; nullable
 */
public record InstallConfig(
    Server server,
    Profile profile,
    Image image,
    ImageArtifacts artifacts,
    Network network,
    List<String> labels,
    InstallUrls urls,
    EnrollmentSpec enrollment,
    String registryAuthJson) {

  public InstallConfig {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(artifacts, "artifacts");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(urls, "urls");
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** @return the machine's architecture */
  public Architecture arch() {
    return server.arch();
  }
}
