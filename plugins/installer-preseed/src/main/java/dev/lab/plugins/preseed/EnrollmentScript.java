package dev.lab.plugins.preseed;

import dev.lab.api.Templates;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.RenderedFile;
import java.util.Map;

/**
 * {@code enroll.sh}: Lab's shared OpenVox enrollment script with apt and the {@code
 * openvox8-release} package of the machine's Debian release, from the upstream OpenVox repository
 * or, when the site sets one, from its own package repository.
 */
final class EnrollmentScript {
  /** The upstream OpenVox apt repository the release package comes from by default. */
  static final String UPSTREAM = "https://apt.voxpupuli.org";

  private EnrollmentScript() {}

  static RenderedFile render(EnrollmentSpec enrollment, Templates templates) {
    String content = templates.render(PreseedPlugin.ENROLL_SH + ".ftl",
        Map.of("enrollment", enrollment, "releasePackageUrl", releasePackageUrl(enrollment)));
    return new RenderedFile(PreseedPlugin.ENROLL_SH, "text/x-shellscript; charset=utf-8", content);
  }

  /** @return the URL of the {@code openvox8-release} package for the spec's Debian release */
  static String releasePackageUrl(EnrollmentSpec enrollment) {
    String base = enrollment.packageRepository() == null ? UPSTREAM : enrollment.packageRepository();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String major = enrollment.osVersion().replaceFirst("\\..*$", "");
    return base + "/openvox8-release-debian" + major + ".deb";
  }
}
