package dev.lab.plugins.kickstart;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OS release the kickstart plugin installs: Fedora 41 and later, or an Enterprise Linux
 * (AlmaLinux, RHEL, Rocky Linux, CentOS Stream) of major version 9 or 10.
 *
 * @param family the image's OS family, for example {@code almalinux}
 * @param major the major version, for example {@code 9}
 * @param minor the minor version, or -1 when the image gives only the major version
 */
record OsRelease(String family, int major, int minor) {
  /** The OS families the plugin serves. */
  static final Set<String> FAMILIES = Set.of("fedora", "almalinux", "rhel", "rocky", "centos");
  /** The first Fedora release the plugin's kickstart is checked against. */
  static final int FIRST_FEDORA = 41;
  /** The Enterprise Linux major versions the plugin's kickstart is checked against. */
  static final Set<Integer> EL_MAJORS = Set.of(9, 10);
  /** Where the OpenVox release packages are published. */
  static final String OPENVOX_YUM = "https://yum.voxpupuli.org";

  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.\\d{1,4})*");

  /**
   * Reads an image's OS family and version.
   *
   * @return the release, or empty when the version is not a number such as {@code 9} or {@code
   *     9.4}
   */
  static Optional<OsRelease> parse(String family, String version) {
    if (family == null || version == null) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return Optional.empty();
    }
    int minor = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
    return Optional.of(new OsRelease(family, Integer.parseInt(m.group(1)), minor));
  }

  boolean fedora() {
    return "fedora".equals(family);
  }

  /** @return why the plugin cannot install this release, or empty when it can */
  Optional<String> unsupportedReason() {
    if (fedora() && major < FIRST_FEDORA) {
      return Optional.of("Fedora " + major + " is not supported: the kickstart plugin installs Fedora "
          + FIRST_FEDORA + " and later");
    }
    if (!fedora() && !EL_MAJORS.contains(major)) {
      return Optional.of(family + " " + major + " is not supported: the kickstart plugin installs"
          + " Enterprise Linux 9 and 10");
    }
    return Optional.empty();
  }

  /**
   * @return whether the release's installer has kickstart's {@code ostreecontainer} command: every
   *     supported Fedora, and Enterprise Linux from 9.4 (a bare major version is taken as its
   *     latest minor release)
   */
  boolean hasOstreeContainer() {
    return fedora() || major > 9 || minor < 0 || minor >= 4;
  }

  /**
   * @param repositoryBase the agent package repository's base URL, or null for the upstream one
   * @return the URL of the {@code openvox8-release} package that sets up the agent's repository
   */
  String openvoxReleasePackage(String repositoryBase) {
    String base = repositoryBase == null ? OPENVOX_YUM : repositoryBase;
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String flavour = fedora() ? "fedora-" + major : "el-" + major;
    return base + "/openvox8-release-" + flavour + ".noarch.rpm";
  }
}
