package dev.lab.core.image;

import java.util.Objects;

/**
 * One package installed in a built image.
 *
 * @param name the package name, for example {@code openssh-server}
 * @param version its version, for example {@code 1:9.2p1-2+deb12u3}
 */
public record PackageVersion(String name, String version) {
  public PackageVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
