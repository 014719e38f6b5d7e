package dev.lab.plugins.autoinstall;

import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Network;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable copy of a {@link Profile} for tests that change one property at a time. */
final class ProfileBuilder {
  String name = "web";
  String image = "ubuntu-24.04";
  InstallMethod method = InstallMethod.NATIVE;
  DiskLayout disk = DiskLayout.automatic();
  Network network;
  String rootPasswordHash;
  List<User> users = List.of();
  List<String> packages = List.of();
  String locale = "en_US.UTF-8";
  String keyboard = "us";
  String timezone = "Etc/UTC";
  List<String> ntpServers = List.of();
  List<String> labels = List.of();
  List<KernelArg> kernelArgs = List.of();
  String serialConsole;
  Enrollment enrollment = Enrollment.defaults();
  Map<String, String> options = new LinkedHashMap<>();

  static ProfileBuilder from(Profile p) {
    ProfileBuilder b = new ProfileBuilder();
    b.name = p.name();
    b.image = p.image();
    b.method = p.method();
    b.disk = p.disk();
    b.network = p.network();
    b.rootPasswordHash = p.rootPasswordHash();
    b.users = p.users();
    b.packages = p.packages();
    b.locale = p.locale();
    b.keyboard = p.keyboard();
    b.timezone = p.timezone();
    b.ntpServers = p.ntpServers();
    b.labels = p.labels();
    b.kernelArgs = p.kernelArgs();
    b.serialConsole = p.serialConsole();
    b.enrollment = p.enrollment();
    b.options = new LinkedHashMap<>(p.options());
    return b;
  }

  Profile build() {
    return new Profile(name, image, method, disk, network, rootPasswordHash, users, packages, locale, keyboard,
        timezone, ntpServers, labels, kernelArgs, serialConsole, enrollment, options);
  }
}
