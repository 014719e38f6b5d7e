package dev.lab.core.config;

import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import dev.lab.core.image.DebianImages;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks each profile: its image exists and fits its method, its users, disk and network. */
final class ProfileChecks {
  private final Names imageNames;
  private final Map<String, Located<Image>> images;
  private final Problems problems;

  /**
   * @param imageNames every image in the catalog, including those with problems of their own
   * @param images the images that bound without problems
   * @param problems where problems go
   */
  ProfileChecks(Names imageNames, Map<String, Located<Image>> images, Problems problems) {
    this.imageNames = imageNames;
    this.images = images;
    this.problems = problems;
  }

  void check(Located<Profile> located) {
    Profile p = located.value();
    if (imageNames.missing(p.image())) {
      problems.add(located.at("image", "no image named '" + p.image() + "' in images.yaml"
          + Suggest.didYouMean(p.image(), imageNames.all())));
    } else if (images.containsKey(p.image()) && p.method() == InstallMethod.ROOTFS) {
      Image image = images.get(p.image()).value();
      if (image.architectures().values().stream().map(ImageArtifacts::rootfs).allMatch(r -> r == null)
          && !DebianImages.buildable(image)) {
        problems.add(located.at("method", "method rootfs needs an image with rootfs archives; image "
            + image.name() + " has none and Lab cannot build it (set rootfs and sha256 under its architectures)"));
      }
    }
    Set<String> users = new HashSet<>();
    for (int i = 0; i < p.users().size(); i++) {
      User u = p.users().get(i);
      String at = PropertyPath.index("users", i);
      if (u.name().equals("root")) {
        problems.add(located.at(PropertyPath.child(at, "name"), "root is not a login user here: set the "
            + "profile's rootPasswordHash instead"));
      } else if (!users.add(u.name())) {
        problems.add(located.at(PropertyPath.child(at, "name"), "user '" + u.name() + "' is listed twice"));
      }
    }
    new DiskChecks(located.origins(), problems).check(p.disk(), "disk");
    if (p.network() != null) {
      new NetworkChecks(located.origins(), problems).check(p.network(), "network");
    }
  }
}
