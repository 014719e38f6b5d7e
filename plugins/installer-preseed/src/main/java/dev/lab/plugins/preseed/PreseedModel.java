package dev.lab.plugins.preseed;

import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables of {@code preseed.cfg.ftl}: plain strings, booleans and maps, every decision already
 * taken here so the template only lays out the questions.
 */
final class PreseedModel {
  private PreseedModel() {}

  static Map<String, Object> of(InstallConfig config) {
    Profile profile = config.profile();
    InstallNetwork net = InstallNetwork.of(config);
    Accounts accounts = Accounts.of(profile);
    DiskPlan disk = DiskPlan.of(profile.disk(), config.server().firmware());
    Mirror mirror = Mirror.parse(config.artifacts().repository());
    LabEvents events = new LabEvents(config.urls());

    Map<String, Object> model = new HashMap<>();
    model.put("fqdn", net.fqdn());
    model.put("locale", profile.locale());
    model.put("keymap", profile.keyboard());
    model.put("net", network(net));
    model.put("mirror", Map.of("protocol", mirror.protocol(), "hostname", mirror.hostname(),
        "directory", mirror.directory()));
    if (accounts.rootHash() != null) {
      model.put("rootHash", accounts.rootHash());
    }
    if (accounts.installerUser() != null) {
      User u = accounts.installerUser();
      Map<String, Object> user = new HashMap<>();
      user.put("name", u.name());
      user.put("password", accounts.installerPassword());
      if (u.fullName() != null) {
        user.put("fullName", u.fullName());
      }
      model.put("user", user);
    }
    model.put("timezone", profile.timezone());
    if (!profile.ntpServers().isEmpty()) {
      model.put("ntpServer", profile.ntpServers().get(0));
    }
    model.put("disk", disk(disk, events));
    model.put("tasks", PreseedOptions.of(profile).tasks());
    model.put("packages", String.join(" ", packages(config, accounts)));
    model.put("uefi", config.server().firmware() == Firmware.UEFI);
    model.put("earlyCommand", events.report("install-started", "debian-installer fetched preseed.cfg"));
    model.put("lateCommand", new LateCommand(config, accounts, events).build());
    return model;
  }

  private static Map<String, Object> network(InstallNetwork net) {
    Map<String, Object> map = new HashMap<>();
    map.put("choice", net.interfaceChoice());
    map.put("hostname", net.hostname());
    if (net.domain() != null) {
      map.put("domain", net.domain());
    }
    map.put("fqdn", net.fqdn());
    map.put("static", net.isStatic());
    if (net.isStatic()) {
      map.put("address", net.address().address());
      map.put("netmask", net.address().netmask());
      if (net.gateway() != null) {
        map.put("gateway", net.gateway());
      }
      map.put("nameservers", net.nameserverList());
    }
    return map;
  }

  private static Map<String, Object> disk(DiskPlan disk, LabEvents events) {
    Map<String, Object> map = new HashMap<>();
    String report = events.report("install-progress", "partitioning the disk");
    map.put("earlyCommand", disk.resolvedAtInstall() ? report + "; " + disk.resolveCommand() : report);
    if (disk.device() != null) {
      map.put("device", disk.device());
    }
    map.put("method", disk.method());
    if (disk.recipe() != null) {
      map.put("recipe", disk.recipe());
    }
    map.put("noBoot", disk.lvmWithoutBoot());
    return map;
  }

  /**
   * @return {@code pkgsel/include}: the profile's packages, then what Lab's own configuration needs
   *     (SSH server, curl for enrollment, sudo, the time-sync daemon, bonding and VLAN tools)
   */
  static Set<String> packages(InstallConfig config, Accounts accounts) {
    Set<String> packages = new LinkedHashSet<>(config.profile().packages());
    packages.add("openssh-server");
    if (config.enrollment() != null) {
      packages.add("curl");
    }
    if (accounts.anySudo()) {
      packages.add("sudo");
    }
    if (!config.profile().ntpServers().isEmpty()) {
      packages.add("systemd-timesyncd");
    }
    packages.addAll(new TargetNetwork(config.network()).packages());
    return packages;
  }
}
