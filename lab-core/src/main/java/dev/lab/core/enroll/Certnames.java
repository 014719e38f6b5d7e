package dev.lab.core.enroll;

import dev.lab.api.model.Server;
import dev.lab.core.config.Lab;
import java.util.Optional;

/** Which inventory server a Puppet certname names: the one whose FQDN it is. */
final class Certnames {
  private Certnames() {}

  static Optional<Server> server(Lab lab, String certname) {
    return lab.servers().values().stream().filter(s -> s.fqdn().equals(certname)).findFirst();
  }
}
