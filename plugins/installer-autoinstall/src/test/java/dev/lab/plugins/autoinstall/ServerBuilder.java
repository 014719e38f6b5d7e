package dev.lab.plugins.autoinstall;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Server;
import java.util.List;
import java.util.Map;

/** A mutable copy of a {@link Server} for tests that change one property at a time. */
final class ServerBuilder {
  String name = "web01";
  String hostname = "web01";
  String domain = "lab.example";
  Architecture arch = Architecture.X86_64;
  Firmware firmware = Firmware.UEFI;
  List<Nic> nics = List.of(new Nic("eth0", "52:54:00:12:34:56"));
  Network network;
  List<String> labels = List.of("rack1");
  Map<String, String> facts = Map.of();

  static ServerBuilder from(Server s) {
    ServerBuilder b = new ServerBuilder();
    b.name = s.name();
    b.hostname = s.hostname();
    b.domain = s.domain();
    b.arch = s.arch();
    b.firmware = s.firmware();
    b.nics = s.nics();
    b.network = s.network();
    b.labels = s.labels();
    b.facts = s.facts();
    return b;
  }

  Server build() {
    return new Server(name, hostname, domain, arch, firmware, nics, network, null, labels, facts, null);
  }
}
