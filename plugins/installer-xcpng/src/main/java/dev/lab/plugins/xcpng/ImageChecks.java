package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import java.util.List;

/** What the plugin needs from the machine and the image: x86_64, XCP-ng 8.3, its four artifacts. */
final class ImageChecks {
  private ImageChecks() {}

  static void check(InstallConfig config, List<Problem> problems) {
    if (config.arch() != Architecture.X86_64) {
      problems.add(Problem.of("server.arch", "XCP-ng 8.3 runs on x86_64 only: server "
          + Values.show(config.server().name()) + " is " + config.arch() + ", so profile "
          + Values.show(config.profile().name()) + " cannot install it; choose an x86_64 server or"
          + " another profile"));
    }
    if (config.profile().method() != InstallMethod.NATIVE) {
      problems.add(Problem.of("profile.method", "the xcpng plugin installs with XCP-ng's own installer"
          + " (native); the rootfs method is served by the rootfs plugin"));
    }
    String version = config.image().version();
    if (version == null || !version.matches("8\\.3(?:\\.[0-9]{1,4}){0,2}")) {
      problems.add(Problem.of("image.version", Values.show(version) + " is not supported: the xcpng"
          + " plugin writes XCP-ng 8.3 answer files"));
    }
    ImageArtifacts a = config.artifacts();
    String base = "image.architectures." + config.arch().id() + ".";
    url(a.hypervisor(), base + "hypervisor", "the Xen hypervisor (xen.gz from the ISO's boot folder)",
        true, problems);
    url(a.kernel(), base + "kernel", "the installer's dom0 kernel (vmlinuz from the ISO's boot folder)",
        true, problems);
    url(a.installImage(), base + "installImage", "the installer's root file system (install.img at the"
        + " top of the ISO)", true, problems);
    url(a.repository(), base + "repository", "the install repository (the ISO's content or an XCP-ng"
        + " mirror such as http://mirrors.xcp-ng.org/netinstall/8.3)", false, problems);
  }

  /** Boot files are fetched by iPXE or GRUB (http or https), the repository by the installer. */
  private static void url(String value, String path, String what, boolean boot, List<Problem> problems) {
    if (value == null) {
      problems.add(Problem.of(path, "XCP-ng needs " + what));
    } else if (!Values.isUrl(value) || (boot && !value.matches("(?i)https?://.*"))) {
      problems.add(Problem.of(path, Values.show(value) + " is not " + (boot ? "an http or https" : "an"
          + " http, https, ftp or nfs") + " URL without blanks or quotes"));
    }
  }
}
