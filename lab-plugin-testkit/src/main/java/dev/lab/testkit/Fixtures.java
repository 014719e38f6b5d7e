package dev.lab.testkit;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.core.install.EnrollmentSettings;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import java.util.List;

/** Ready-made model values for plugin tests. */
public final class Fixtures {
  /** The base URL every fixture uses. */
  public static final String BASE_URL = "http://lab.example:8080/";
  /** The site enrollment settings every fixture uses. */
  public static final EnrollmentSettings ENROLLMENT =
      new EnrollmentSettings("puppet.lab.example", null);

  private Fixtures() {}

  /** @return a server with one NIC {@code eth0} and no network of its own */
  public static Server server(String name, Architecture arch, Firmware firmware) {
    return new Server(name, null, "lab.example", arch, firmware,
        List.of(new Nic("eth0", "52:54:00:12:34:56")), null, null, List.of("rack1"), null, null);
  }

  /** @return an image with artifacts for the given architectures, relative paths under name/arch */
  public static Image image(String name, String os, String version, Architecture... arches) {
    java.util.Map<Architecture, ImageArtifacts> map = new java.util.EnumMap<>(Architecture.class);
    for (Architecture a : arches) {
      String p = name + "/" + a.id() + "/";
      map.put(a, new ImageArtifacts(p + "vmlinuz", List.of(p + "initrd.img"), null, null, null, null,
          null, null, null));
    }
    return new Image(name, os, version, null, map, null);
  }

  /** @return the install config the host would build, with the preview tokens */
  public static InstallConfig config(Server server, Profile profile, Image image) {
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview(BASE_URL), ENROLLMENT, null);
  }

  /** @return the install config the host would build, with the preview tokens and registry credentials */
  public static InstallConfig config(Server server, Profile profile, Image image, String registryAuthJson) {
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview(BASE_URL), ENROLLMENT,
        registryAuthJson);
  }
}
