package dev.lab.plugins.vyos.validate;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The image a VyOS live boot needs: a VyOS 1.4 release for x86_64 or aarch64 with the live kernel,
 * its initrd and the {@code filesystem.squashfs} the live initramfs fetches over HTTP.
 */
final class ImageRules {
  private static final Pattern VERSION = Pattern.compile("1\\.4(\\.[0-9]{1,4})?([-+~][A-Za-z0-9.+~-]{1,64})?");
  /** A boot loader URL: no blanks, quotes, backslashes or control characters. */
  private static final Pattern URL = Pattern.compile("(?i)https?://[A-Za-z0-9._~:/?#\\[\\]@!$&()*+,;=%-]+");
  /**
   * The squashfs URL: live-boot passes it through an unquoted {@code basename} and takes the file
   * type from its extension, so no shell pattern characters and a {@code .squashfs} ending.
   */
  private static final Pattern SQUASHFS = Pattern.compile("(?i)https?://[A-Za-z0-9._~:/@%+=,-]+\\.squashfs");

  private ImageRules() {}

  static void check(InstallConfig config, List<Problem> problems) {
    Architecture arch = config.arch();
    if (arch != Architecture.X86_64 && arch != Architecture.AARCH64) {
      problems.add(Problem.of("server.arch", "VyOS 1.4 runs on x86_64 and aarch64, not " + arch));
    }
    if (arch == Architecture.AARCH64 && config.server().firmware() == Firmware.BIOS) {
      problems.add(Problem.of("server.firmware", "aarch64 machines boot with UEFI: legacy BIOS exists on x86_64 only"));
    }
    if (!VERSION.matcher(config.image().version()).matches()) {
      problems.add(Problem.of("image.version", "this plugin writes VyOS 1.4 (sagitta) configuration, "
          + "for an image version like 1.4.0, not " + config.image().version()));
    }
    ImageArtifacts artifacts = config.artifacts();
    String base = "image.architectures." + arch.id() + ".";
    if (artifacts.kernel() == null || !URL.matcher(artifacts.kernel()).matches()) {
      problems.add(Problem.of(base + "kernel", "the VyOS live kernel (live/vmlinuz of the ISO) is needed as an "
          + "http(s) URL without blanks or quotes"));
    }
    if (artifacts.initrds().isEmpty()) {
      problems.add(Problem.of(base + "initrds", "the VyOS live initrd (live/initrd.img of the ISO) is needed"));
    }
    for (int i = 0; i < artifacts.initrds().size(); i++) {
      if (!URL.matcher(artifacts.initrds().get(i)).matches()) {
        problems.add(Problem.of(base + "initrds[" + i + "]", "must be an http(s) URL without blanks or quotes"));
      }
    }
    if (artifacts.squashfs() == null || !SQUASHFS.matcher(artifacts.squashfs()).matches()) {
      problems.add(Problem.of(base + "squashfs", "the live initramfs fetches the root filesystem over HTTP: give "
          + "the ISO's live/filesystem.squashfs as an http(s) URL ending in .squashfs, without query or "
          + "shell pattern characters"));
    }
  }
}
