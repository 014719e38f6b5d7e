package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the machine boots: architecture, firmware, install method, and the image's release and
 * netboot artifacts (the live-server kernel and initrd, and the ISO they load).
 */
final class PlatformRules {
  private static final Pattern RELEASE = Pattern.compile("(24\\.04)(\\.[0-9]+)?");
  private static final String IMAGE = "image.architectures";

  private PlatformRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Architecture arch = config.arch();
    if (!AutoinstallPlugin.ARCHITECTURES.contains(arch)) {
      problems.add(Problem.of("server.arch", "Ubuntu autoinstall serves x86_64 and aarch64, not " + arch));
    }
    if (arch != Architecture.X86_64 && config.server().firmware() == Firmware.BIOS) {
      problems.add(Problem.of("server.firmware", arch + " machines boot with UEFI: legacy BIOS exists only on"
          + " x86_64"));
    }
    if (config.profile().method() != InstallMethod.NATIVE) {
      problems.add(Problem.of("profile.method", "the autoinstall plugin installs with Ubuntu's own installer:"
          + " use method native"));
    }
    if (!"ubuntu".equals(config.image().os())) {
      problems.add(Problem.of("image.os", "the autoinstall plugin installs Ubuntu, not " + config.image().os()));
    }
    if (release(config.image().version()) == null) {
      problems.add(Problem.of("image.version", "the autoinstall plugin installs Ubuntu 24.04 (24.04 or a point"
          + " release such as 24.04.2)"));
    }
    checkArtifacts(config.artifacts(), arch, problems);
  }

  /** @return the release ({@code 24.04}) of a version such as {@code 24.04.2}, or null */
  static String release(String version) {
    if (version == null) {
      return null;
    }
    Matcher m = RELEASE.matcher(version);
    return m.matches() ? m.group(1) : null;
  }

  private static void checkArtifacts(ImageArtifacts a, Architecture arch, List<Problem> problems) {
    if (a.kernel() == null) {
      problems.add(Problem.of(IMAGE, "no " + arch + " kernel: autoinstall netboots the live-server ISO's"
          + " casper/vmlinuz"));
    } else if (!Syntax.url(a.kernel())) {
      problems.add(Problem.of(IMAGE, "the " + arch + " kernel must be an http(s) URL without blanks or quotes"));
    }
    if (a.initrds().isEmpty()) {
      problems.add(Problem.of(IMAGE, "no " + arch + " initrd: autoinstall netboots the live-server ISO's"
          + " casper/initrd"));
    } else if (!a.initrds().stream().allMatch(Syntax::url)) {
      problems.add(Problem.of(IMAGE, "the " + arch + " initrds must be http(s) URLs without blanks or quotes"));
    }
    if (a.iso() == null) {
      problems.add(Problem.of(IMAGE, "no " + arch + " iso: the live-server kernel loads the installer from the"
          + " ISO (url=)"));
    } else if (!Syntax.url(a.iso())) {
      problems.add(Problem.of(IMAGE, "the " + arch + " iso must be an http(s) URL without blanks or quotes"));
    }
    if (a.repository() != null && !Syntax.url(a.repository())) {
      problems.add(Problem.of(IMAGE, "the " + arch + " repository (the apt mirror) must be an http(s) URL"
          + " without blanks or quotes"));
    }
  }
}
