package dev.lab.core.config;

import dev.lab.api.model.Nic;
import dev.lab.api.model.Server;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Checks across servers: no MAC and no fully qualified host name is used twice. */
final class InventoryChecks {
  private InventoryChecks() {}

  /** @param servers the servers, in name order */
  static void check(Map<String, Located<Server>> servers, Problems problems) {
    Map<String, String> macOwners = new HashMap<>();
    Map<String, String> fqdnOwners = new HashMap<>();
    for (Located<Server> located : servers.values()) {
      Server s = located.value();
      for (int i = 0; i < s.nics().size(); i++) {
        Nic nic = s.nics().get(i);
        String owner = macOwners.putIfAbsent(nic.mac(), s.name());
        if (owner != null && !owner.equals(s.name())) {
          problems.add(located.at(PropertyPath.child(PropertyPath.index("nics", i), "mac"), nic.mac()
              + " is already the MAC of server " + owner));
        }
      }
      String owner = fqdnOwners.putIfAbsent(s.fqdn().toLowerCase(Locale.ROOT), s.name());
      if (owner != null) {
        problems.add(located.at("hostname", "host name " + s.fqdn() + " is already the host name of server "
            + owner));
      }
    }
  }
}
