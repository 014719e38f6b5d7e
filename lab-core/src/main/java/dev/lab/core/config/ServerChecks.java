package dev.lab.core.config;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks each server: its NICs, its network, its profile (which must exist, and whose image must
 * provide the server's architecture) and its firmware.
 */
final class ServerChecks {
  private final Names profileNames;
  private final Map<String, Located<Profile>> profiles;
  private final Map<String, Located<Image>> images;
  private final Problems problems;

  /**
   * @param profileNames every profile file's name, including profiles with problems of their own
   * @param profiles the profiles that resolved without problems
   * @param images the images that bound without problems
   * @param problems where problems go
   */
  ServerChecks(Names profileNames, Map<String, Located<Profile>> profiles,
      Map<String, Located<Image>> images, Problems problems) {
    this.profileNames = profileNames;
    this.profiles = profiles;
    this.images = images;
    this.problems = problems;
  }

  void check(Located<Server> located) {
    Server s = located.value();
    if (s.nics().isEmpty()) {
      problems.add(located.at("nics", "a server needs at least one NIC"));
    }
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> macs = new HashMap<>();
    for (int i = 0; i < s.nics().size(); i++) {
      Nic nic = s.nics().get(i);
      String at = PropertyPath.index("nics", i);
      if (names.putIfAbsent(nic.name(), i) != null) {
        problems.add(located.at(PropertyPath.child(at, "name"), "NIC " + nic.name() + " is listed twice"));
      }
      if (macs.putIfAbsent(nic.mac(), i) != null) {
        problems.add(located.at(PropertyPath.child(at, "mac"), nic.mac() + " is already the MAC of nics["
            + macs.get(nic.mac()) + "]"));
      }
    }
    if (s.firmware() == Firmware.BIOS && s.arch() != Architecture.X86_64) {
      problems.add(located.at("firmware", "bios firmware exists only on x86_64: this " + s.arch()
          + " server boots uefi"));
    }
    if (s.network() != null) {
      new NetworkChecks(located.origins(), problems).check(s.network(), "network");
      String missing = NetworkChecks.missingNic(s.network(), s.nics());
      if (missing != null) {
        problems.add(located.at("network", missing));
      }
    }
    if (s.profile() != null) {
      profile(located);
    }
  }

  private void profile(Located<Server> located) {
    Server s = located.value();
    if (profileNames.missing(s.profile())) {
      problems.add(located.at("profile", "no profile named '" + s.profile() + "' in profiles/"
          + Suggest.didYouMean(s.profile(), profileNames.all())));
      return;
    }
    Located<Profile> profile = profiles.get(s.profile());
    if (profile == null) {
      return;
    }
    Located<Image> image = images.get(profile.value().image());
    if (image != null && image.value().artifacts(s.arch()).isEmpty()) {
      problems.add(located.at("profile", "profile " + s.profile()
          + " installs image " + image.name() + ", which has no artifacts for this " + s.arch() + " server (it has "
          + image.value().arches().stream().sorted().map(Architecture::id).collect(Collectors.joining(", "))
          + ")"));
    }
    if (s.network() == null && profile.value().network() != null) {
      String missing = NetworkChecks.missingNic(profile.value().network(), s.nics());
      if (missing != null) {
        problems.add(located.at("profile", "the network of profile " + s.profile() + " does not fit: " + missing));
      }
    }
  }
}
