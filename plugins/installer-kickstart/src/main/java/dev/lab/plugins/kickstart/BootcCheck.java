package dev.lab.plugins.kickstart;

import dev.lab.api.model.Bootc;
import dev.lab.api.model.InstallConfig;
import java.util.Optional;

/** Checks a bootc image against kickstart's {@code ostreecontainer} command. */
final class BootcCheck {
  /** The largest registry credentials file Lab embeds in a kickstart. */
  static final int MAX_AUTH_CHARS = 64 * 1024;

  private BootcCheck() {}

  static void check(InstallConfig config, Optional<OsRelease> release, Problems problems) {
    Bootc bootc = config.image().bootc();
    if (bootc == null) {
      return;
    }
    if (release.isPresent() && !release.get().hasOstreeContainer()) {
      problems.add("image.bootc", config.image().os() + " " + config.image().version()
          + " has no ostreecontainer kickstart command: bootc images need Enterprise Linux 9.4 or later");
    }
    String transport = bootc.transport() == null ? "registry" : bootc.transport();
    if (!Syntax.BOOTC_TRANSPORTS.contains(transport)) {
      problems.add("image.bootc.transport", Syntax.show(bootc.transport()) + " is not a transport: use one of "
          + NetworkCheck.sorted(Syntax.BOOTC_TRANSPORTS));
    } else if ("registry".equals(transport)) {
      problems.require(Syntax.matches(Syntax.REGISTRY_IMAGE, bootc.url()), "image.bootc.url",
          Syntax.show(bootc.url()) + " is not a container image reference such as quay.io/fedora/fedora-bootc:41");
    } else {
      problems.require(Syntax.matches(Syntax.IMAGE_PATH, bootc.url()), "image.bootc.url",
          Syntax.show(bootc.url()) + " is not an absolute path to an OCI layout or archive (for transport "
              + transport + ")");
    }
    if (bootc.stateroot() != null) {
      problems.require(Syntax.matches(Syntax.OSTREE_NAME, bootc.stateroot()), "image.bootc.stateroot",
          Syntax.show(bootc.stateroot()) + " is not a stateroot name: use letters, digits, '_', '.' or '-'");
    }
    if (bootc.remote() != null) {
      problems.require(Syntax.matches(Syntax.OSTREE_NAME, bootc.remote()), "image.bootc.remote",
          Syntax.show(bootc.remote()) + " is not a remote name: use letters, digits, '_', '.' or '-'");
    }
    checkCredentials(bootc, config.registryAuthJson(), problems);
  }

  private static void checkCredentials(Bootc bootc, String json, Problems problems) {
    if (bootc.registryAuthFile() == null) {
      return;
    }
    String path = "image.bootc.registryAuthFile";
    if (json == null) {
      problems.add(path, "the registry credentials were not read: check that the file exists in the lab directory");
      return;
    }
    String body = json.strip();
    problems.require(body.startsWith("{") && body.endsWith("}") && body.length() <= MAX_AUTH_CHARS, path,
        "the registry credentials must be an auth.json object (containers-auth.json(5)) of at most 64 KiB");
  }
}
