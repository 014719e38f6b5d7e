package dev.lab.plugins.vyos;

import dev.lab.api.Templates;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.RenderedFile;
import java.util.Map;

/**
 * The post-config boot script that enrolls a VyOS router into OpenVox: VyOS 1.4 is Debian 12
 * underneath, so the agent comes from the OpenVox apt repository for Debian 12, or from the site's
 * own mirror of it.
 */
final class EnrollmentScript {
  /** The file VyOS runs after loading its configuration at every boot, under /config/scripts/. */
  static final String NAME = "vyos-postconfig-bootup.script";
  static final String UPSTREAM_REPOSITORY = "https://apt.voxpupuli.org/";
  static final String RELEASE_PACKAGE = "openvox8-release-debian12.deb";

  private EnrollmentScript() {}

  static RenderedFile render(EnrollmentSpec enrollment, Templates templates) {
    String script = templates.render(NAME + ".ftl",
        Map.of("enrollment", enrollment, "releasePackageUrl", releasePackageUrl(enrollment)));
    return new RenderedFile(NAME, "text/x-shellscript", script);
  }

  /** @return the release package under the site's repository when it has one, else upstream */
  static String releasePackageUrl(EnrollmentSpec enrollment) {
    String base = enrollment.packageRepository() == null ? UPSTREAM_REPOSITORY : enrollment.packageRepository();
    return (base.endsWith("/") ? base : base + "/") + RELEASE_PACKAGE;
  }
}
