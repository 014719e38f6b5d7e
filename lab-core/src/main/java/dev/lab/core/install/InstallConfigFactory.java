package dev.lab.core.install;

import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a server, its profile and image into the {@link InstallConfig} plugins receive: the
 * effective network with every NIC's MAC filled in, the effective labels, absolute artifact URLs and
 * the enrollment request. It assumes the lab directory has been validated.
 */
public final class InstallConfigFactory {
  /**
   * The private certificate-extension OID (under Puppet's ppPrivCertExt arc) that carries a
   * machine's Lab labels, comma-separated, as a trusted fact.
   */
  public static final String LABELS_OID = "1.3.6.1.4.1.34380.1.2.1";

  private InstallConfigFactory() {}

  /**
   * @param server the machine
   * @param profile the resolved profile
   * @param image the profile's image
   * @param endpoints Lab's base URL and the onboarding's tokens
   * @param enrollment the site's enrollment settings
   * @param registryAuthJson the bootc registry credentials file's content; nullable
   * @return the install configuration
   * @throws IllegalArgumentException if the image has no artifacts for the server's architecture
   */
  public static InstallConfig create(Server server, Profile profile, Image image, Endpoints endpoints,
      EnrollmentSettings enrollment, String registryAuthJson) {
    ImageArtifacts artifacts = image.artifacts(server.arch())
        .map(a -> absolute(a, endpoints.urls().artifacts()))
        .orElseThrow(() -> new IllegalArgumentException("image " + image.name() + " has no "
            + server.arch() + " artifacts for server " + server.name()));
    List<String> labels = labels(server, profile);
    EnrollmentSpec spec = null;
    if (profile.enrollment().enabled()) {
      Map<String, String> extensions = extensionRequests(profile, labels);
      spec = new EnrollmentSpec(endpoints.enrollmentToken(), server.fqdn(), labels, extensions,
          enrollment.puppetServer(), profile.enrollment().environment(), image.os(), image.version(),
          server.arch(), enrollment.packageRepository(), endpoints.urls().events());
    }
    return new InstallConfig(server, profile, image, artifacts, effectiveNetwork(server, profile), labels,
        endpoints.urls(), spec, registryAuthJson);
  }

  /** @return the machine's labels: the profile's, then the server's own, each once */
  public static List<String> labels(Server server, Profile profile) {
    return new ArrayList<>(new LinkedHashSet<>(concat(profile.labels(), server.labels())));
  }

  /**
   * @return the trusted facts an enrolling machine requests in its CSR, in order: {@code pp_role},
   *     {@code pp_environment} and the labels (comma-separated, under {@link #LABELS_OID}), each
   *     only when set
   */
  public static Map<String, String> extensionRequests(Profile profile, List<String> labels) {
    Map<String, String> extensions = new LinkedHashMap<>();
    if (profile.enrollment().role() != null) {
      extensions.put("pp_role", profile.enrollment().role());
    }
    if (profile.enrollment().environment() != null) {
      extensions.put("pp_environment", profile.enrollment().environment());
    }
    if (!labels.isEmpty()) {
      extensions.put(LABELS_OID, String.join(",", labels));
    }
    return extensions;
  }

  /**
   * @return the server's own network, else the profile's, else DHCP on the server's first NIC;
   *     ethernet interfaces without a MAC get the MAC of the server NIC with the same name
   */
  public static Network effectiveNetwork(Server server, Profile profile) {
    Network chosen = Optional.ofNullable(server.network()).or(() -> Optional.ofNullable(profile.network()))
        .orElse(null);
    if (chosen == null || chosen.interfaces().isEmpty()) {
      List<NetInterface> dhcp = server.nics().isEmpty() ? List.of()
          : List.of(NetInterface.dhcp(server.nics().get(0).name(), server.nics().get(0).mac()));
      return new Network(dhcp, chosen == null ? List.of() : chosen.nameservers(),
          chosen == null ? List.of() : chosen.searchDomains());
    }
    List<NetInterface> resolved = new ArrayList<>();
    for (NetInterface i : chosen.interfaces()) {
      if (i.kind() == InterfaceKind.ETHERNET && i.mac() == null) {
        String mac = server.nics().stream().filter(n -> n.name().equals(i.name())).map(Nic::mac)
            .findFirst().orElse(null);
        resolved.add(i.withMac(mac));
      } else {
        resolved.add(i);
      }
    }
    return new Network(resolved, chosen.nameservers(), chosen.searchDomains());
  }

  private static ImageArtifacts absolute(ImageArtifacts a, String base) {
    return new ImageArtifacts(url(a.kernel(), base), a.initrds().stream().map(i -> url(i, base)).toList(),
        url(a.repository(), base), url(a.iso(), base), url(a.squashfs(), base), url(a.hypervisor(), base),
        url(a.installImage(), base), url(a.rootfs(), base), a.sha256());
  }

  /** @return the value unchanged when it is an absolute URL, else resolved against the base */
  static String url(String value, String base) {
    if (value == null || value.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return value;
    }
    return base + (value.startsWith("/") ? value.substring(1) : value);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
