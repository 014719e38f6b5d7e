package dev.lab.plugins.vyos;

import dev.lab.api.Templates;
import dev.lab.api.model.RenderedFile;
import java.util.Map;

/**
 * The extra initrd that hands {@code config.boot} (and the enrollment script) to the VyOS live
 * system. VyOS has no way to take its configuration from a URL: its only boot option for it,
 * {@code vyos-config=}, names a local file. The live boot's kernel unpacks this archive after
 * VyOS's own initrd into the same initramfs; its live-boot component copies the files into the
 * new root's {@code /opt/vyatta/etc/config} before VyOS starts (see {@code 9999-lab-vyos-config.ftl}).
 */
final class LiveConfigArchive {
  /** The archive's file name; the boot spec loads it from the onboarding's files. */
  static final String NAME = "vyos-live-config.cpio";
  static final String COMPONENT = "9999-lab-vyos-config";
  private static final String DIR = "lab-vyos";

  private LiveConfigArchive() {}

  /**
   * @param configBoot the {@code config.boot} text
   * @param enrollmentScript the post-config boot script, or null when the profile does not enroll
   */
  static RenderedFile render(String configBoot, RenderedFile enrollmentScript, Templates templates) {
    NewcArchive archive = new NewcArchive()
        .file("lib/live/boot/" + COMPONENT, 0644, templates.render(COMPONENT + ".ftl", Map.of()))
        .directory(DIR, 0700)
        .file(DIR + "/config.boot", 0600, configBoot);
    if (enrollmentScript != null) {
      archive.file(DIR + "/" + enrollmentScript.name(), 0700, enrollmentScript.content());
    }
    return new RenderedFile(NAME, "application/x-cpio", archive.finish());
  }
}
