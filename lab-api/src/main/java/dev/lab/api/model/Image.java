package dev.lab.api.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image catalog entry: an OS release and what it provides per architecture.
 *
 * @param name the entry's name, for example {@code fedora-41}
 * @param os the OS family, for example {@code fedora}; selects the installer plugin
 * @param version the OS version, for example {@code 41}
 * @param installer the plugin to install it with when more than one serves the OS; nullable
 * @param architectures what the image provides, per architecture
 * @param bootc a bootable container image to install instead of packages; nullable
 */
@Doc("An image: an OS release and its artifacts per architecture.")
public record Image(
    @Doc(value = "Image name.", required = true, example = "fedora-41") String name,
    @Doc(value = "OS family: ubuntu, debian, fedora, almalinux, rhel, xcpng, vyos...", required = true,
        example = "fedora") String os,
    @Doc(value = "OS version.", required = true, example = "41") String version,
    @Doc("Installer plugin, when several serve this OS.") String installer,
    @Doc(value = "Artifacts per architecture.", required = true)
        Map<Architecture, ImageArtifacts> architectures,
    @Doc("Bootable container image (kickstart ostreecontainer).") Bootc bootc) {

  public Image {
    architectures = architectures == null ? Map.of() : Map.copyOf(architectures);
  }

  /** @return the architectures the image provides */
  public Set<Architecture> arches() {
    return architectures.keySet();
  }

  /** @return the artifacts for one architecture, if the image provides it */
  public Optional<ImageArtifacts> artifacts(Architecture arch) {
    return Optional.ofNullable(architectures.get(arch));
  }
}
