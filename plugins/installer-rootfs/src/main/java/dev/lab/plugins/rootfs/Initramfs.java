package dev.lab.plugins.rootfs;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import dev.lab.api.plan.ChrootAction;
import java.util.List;

/**
 * The plan's initramfs step, chosen by the profile option {@value #OPTION}. An image built by
 * {@code lab image build} carries a generic initramfs (Debian's {@code MODULES=most}) for its
 * kernel, and the installed system finds its root by the UUID on GRUB's kernel command line, so by
 * default ({@value #IF_MISSING}) the deploy builds one only for a kernel of the image that has none
 * — an archive made elsewhere — and regenerating it, minutes of the deploy on a slow machine, is
 * left to {@value #REFRESH}, which runs {@code update-initramfs -u -k all}.
 */
final class Initramfs {
  static final String OPTION = "rootfs.initramfs";
  static final String IF_MISSING = "if-missing";
  static final String REFRESH = "refresh";

  /** Builds an initramfs for each installed kernel that has none; fails if one cannot be built. */
  private static final String IF_MISSING_SCRIPT = "for m in /lib/modules/*/; do [ -d \"$m\" ] || continue;"
      + " v=$(basename \"$m\"); [ -e \"/boot/initrd.img-$v\" ] || update-initramfs -c -k \"$v\" || exit 1; done";

  private Initramfs() {}

  static ChrootAction action(Profile profile, ActionIds ids) {
    List<String> command = REFRESH.equals(profile.options().get(OPTION))
        ? List.of("update-initramfs", "-u", "-k", "all")
        : List.of("sh", "-c", IF_MISSING_SCRIPT);
    return new ChrootAction(ids.unique("initramfs"), command);
  }

  static void check(Profile profile, List<Problem> problems) {
    for (var option : profile.options().entrySet()) {
      if (!option.getKey().equals(OPTION)) {
        problems.add(Problem.of("profile.options." + option.getKey(), "the rootfs plugin has one option, "
            + OPTION + " (" + IF_MISSING + " or " + REFRESH + ")"));
      } else if (!option.getValue().equals(IF_MISSING) && !option.getValue().equals(REFRESH)) {
        problems.add(Problem.of("profile.options." + OPTION, "is " + IF_MISSING + " (the default: build an"
            + " initramfs only for a kernel of the image without one) or " + REFRESH + " (regenerate them all)"));
      }
    }
  }
}
