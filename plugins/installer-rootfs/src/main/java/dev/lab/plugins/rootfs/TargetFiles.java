package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.WriteFileAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-host files of the installed system: host name, {@code /etc/hosts}, {@code /etc/fstab} by
 * UUID, the time zone, {@code /etc/resolv.conf} (when the network names DNS servers), and an empty
 * {@code /etc/machine-id} and fresh SSH host keys, so no two machines deployed from one image
 * share their identity.
 */
final class TargetFiles {
  private TargetFiles() {}

  static List<Action> actions(InstallConfig config, List<Filesystem> filesystems, Templates templates,
      ActionIds ids) {
    List<Action> out = new ArrayList<>();
    String hostname = config.server().hostname();
    out.add(file(ids, "hostname", "/etc/hostname", templates.render("hostname.ftl", Map.of("hostname", hostname))));
    out.add(file(ids, "hosts", "/etc/hosts", templates.render("hosts.ftl", Map.of("hostname", hostname,
        "fqdn", config.server().fqdn(), "address", hostAddress(config.network())))));
    out.add(file(ids, "fstab", "/etc/fstab", templates.render("fstab.ftl", Map.of("filesystems",
        filesystems.stream().map(TargetFiles::fstabEntry).toList()))));
    out.add(file(ids, "timezone", "/etc/timezone", templates.render("timezone.ftl",
        Map.of("timezone", config.profile().timezone()))));
    out.add(new ChrootAction(ids.unique("localtime"), List.of("ln", "-sf", "--",
        "/usr/share/zoneinfo/" + config.profile().timezone(), "/etc/localtime")));
    Network network = config.network();
    if (!network.nameservers().isEmpty()) {
      out.add(file(ids, "resolv-conf", "/etc/resolv.conf", templates.render("resolv.conf.ftl",
          Map.of("nameservers", network.nameservers(), "searchDomains", network.searchDomains()))));
    }
    out.add(new WriteFileAction(ids.unique("machine-id"), "/etc/machine-id", "0444", ""));
    out.add(new ChrootAction(ids.unique("ssh-host-keys-remove"),
        List.of("find", "/etc/ssh", "-maxdepth", "1", "-name", "ssh_host_*", "-delete")));
    out.add(new ChrootAction(ids.unique("ssh-host-keys"), List.of("ssh-keygen", "-A")));
    return out;
  }

  /** @return the address the host's own name resolves to: its first static address, else Debian's 127.0.1.1 */
  static String hostAddress(Network network) {
    return network.primary().filter(i -> !i.addresses().isEmpty()).map(NetInterface::addresses)
        .map(a -> a.get(0).substring(0, a.get(0).indexOf('/'))).orElse("127.0.1.1");
  }

  private static Map<String, String> fstabEntry(Filesystem f) {
    Map<String, String> m = new HashMap<>();
    m.put("id", f.id());
    m.put("mountPoint", f.swap() ? "none" : f.mount());
    m.put("fstype", f.fstype());
    m.put("options", f.swap() ? "sw" : f.fstype().equals("vfat") ? "umask=0077"
        : f.mount().equals("/") && f.fstype().equals("ext4") ? "errors=remount-ro" : "defaults");
    m.put("pass", f.swap() ? "0" : f.mount().equals("/") ? "1" : "2");
    return m;
  }

  private static WriteFileAction file(ActionIds ids, String id, String path, String content) {
    return new WriteFileAction(ids.unique(id), path, "0644", content);
  }
}
