package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.WriteFileAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The installed system's first boot: a systemd unit that runs a script once the network is up; the
 * script posts {@code first-boot} to Lab, runs the OpenVox enrollment (when the profile enrolls),
 * and calls Lab's done URL, which marks the onboarding installed. It runs at every boot until the
 * done call succeeded once.
 */
final class FirstBoot {
  static final String UNIT = "lab-first-boot.service";
  static final String SCRIPT = "/usr/local/sbin/lab-first-boot";
  static final String ENROLL = "/usr/local/sbin/lab-enroll";
  /** The name of the enrollment script among the onboarding's files. */
  static final String ENROLL_SH = "enroll.sh";
  /** The upstream OpenVox apt repository the release package comes from by default. */
  static final String OPENVOX_APT = "https://apt.voxpupuli.org";

  private FirstBoot() {}

  static List<Action> files(InstallConfig config, Templates templates, ActionIds ids) {
    List<Action> out = new ArrayList<>();
    boolean enroll = config.enrollment() != null;
    if (enroll) {
      out.add(new WriteFileAction(ids.unique("enrollment-script"), ENROLL, "0700",
          enrollmentScript(config.enrollment(), templates).content()));
    }
    out.add(new WriteFileAction(ids.unique("first-boot-script"), SCRIPT, "0700", templates.render("lab-first-boot.sh.ftl",
        Map.of("hostname", config.server().hostname(), "events", config.urls().events(), "done", config.urls().done(),
            "enroll", enroll))));
    out.add(new WriteFileAction(ids.unique("first-boot-unit"), "/etc/systemd/system/" + UNIT, "0644",
        templates.render(UNIT + ".ftl", Map.of())));
    return out;
  }

  /** @return the OpenVox enrollment script, with apt and the release package of the image's Debian-like release */
  static RenderedFile enrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    String content = templates.render(ENROLL_SH + ".ftl",
        Map.of("enrollment", enrollment, "releasePackageUrl", releasePackageUrl(enrollment)));
    return new RenderedFile(ENROLL_SH, "text/x-shellscript; charset=utf-8", content);
  }

  private static String releasePackageUrl(EnrollmentSpec enrollment) {
    String base = enrollment.packageRepository() == null ? OPENVOX_APT : enrollment.packageRepository();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String major = enrollment.osVersion().replaceFirst("\\..*$", "");
    return base + "/openvox8-release-" + enrollment.os() + major + ".deb";
  }
}
