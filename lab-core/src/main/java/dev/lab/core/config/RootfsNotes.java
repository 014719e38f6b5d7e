package dev.lab.core.config;

import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notes, not problems: a server whose profile installs by the rootfs method from an image that has
 * no rootfs archive for the server's architecture yet. The lab is valid (the archive is built
 * later, by {@code lab image build}); the server's deploy plan needs it before onboarding.
 */
final class RootfsNotes {
  private RootfsNotes() {}

  static List<Diagnostic> of(Map<String, Located<Server>> servers, Map<String, Located<Profile>> profiles,
      Map<String, Located<Image>> images) {
    List<Diagnostic> notes = new ArrayList<>();
    for (Located<Server> s : servers.values()) {
      Located<Profile> p = s.value().profile() == null ? null : profiles.get(s.value().profile());
      if (p == null || p.value().method() != InstallMethod.ROOTFS) {
        continue;
      }
      Located<Image> image = images.get(p.value().image());
      if (image == null) {
        continue;
      }
      ImageArtifacts a = image.value().artifacts(s.value().arch()).orElse(null);
      if (a != null && a.rootfs() == null) {
        notes.add(s.at("profile", missing(image.name(), s.value().arch().id())));
      }
    }
    return List.copyOf(notes);
  }

  /** @return the sentence saying an image lacks its archive and how to build it */
  static String missing(String image, String arch) {
    return "image " + image + " has no rootfs archive for " + arch + " — build it with `lab image build " + image
        + " --arch " + arch + "`";
  }
}
