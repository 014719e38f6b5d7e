package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.api.model.Server;
import dev.lab.core.LabContext;
import dev.lab.core.config.Lab;
import dev.lab.core.facts.Facts;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.StateStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lab servers}: the inventory servers and discovered machines, and one of them in detail. */
@Command(name = "servers", mixinStandardHelpOptions = true,
    description = "List the inventory servers and discovered machines, or show one with its facts.",
    subcommands = {ServersCommand.ListServers.class, ServersCommand.Show.class})
final class ServersCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: list or show");
  }

  /** {@code lab servers list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Every inventory server and discovered machine with its state, profile, architecture and MAC.")
  static final class ListServers extends BaseCommand {
    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
      try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Server s : context.lab().servers().values()) {
          rows.add(row(s.name(), "inventory", store.current(s.name()), s.profile(), s.arch().id(),
              s.nics().isEmpty() ? null : s.nics().get(0).mac()));
        }
        for (DiscoveredMachine m : store.discovery().all()) {
          Optional<Onboarding> o = store.current(m.name());
          Map<String, Object> row = row(m.name(), "discovered", o, o.map(Onboarding::profile).orElse(null),
              m.facts().architecture(), m.mac());
          if (o.isEmpty()) {
            row.put("state", m.state().id());
          }
          rows.add(row);
        }
        if (output.json()) {
          out().println(JSON.writeValueAsString(rows));
        } else {
          List<String[]> table = new ArrayList<>();
          table.add(new String[] {"NAME", "KIND", "STATE", "PROFILE", "ARCH", "MAC"});
          for (Map<String, Object> r : rows) {
            table.add(new String[] {text(r.get("name")), text(r.get("kind")), text(r.get("state")),
                text(r.get("profile")), text(r.get("arch")), text(r.get("mac"))});
          }
          Table.print(out(), table);
        }
        out().flush();
        return ExitCode.OK;
      }
    }

    private static Map<String, Object> row(String name, String kind, Optional<Onboarding> o, String profile,
        String arch, String mac) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("kind", kind);
      m.put("state", o.map(x -> x.state().id()).orElse("not-onboarded"));
      m.put("profile", profile);
      m.put("arch", arch);
      m.put("mac", mac);
      return m;
    }
  }

  /** {@code lab servers show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "One inventory server or discovered machine: where it comes from, its state and its facts.")
  static final class Show extends BaseCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server's or discovered machine's name.")
    String name;

    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
      try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
        Lab l = context.lab();
        Optional<Server> server = l.server(name);
        Optional<DiscoveredMachine> discovered = server.isPresent() ? Optional.empty() : store.discovery().byName(name);
        if (server.isEmpty() && discovered.isEmpty()) {
          List<String> known = new ArrayList<>(l.servers().keySet());
          store.discovery().all().forEach(m -> known.add(m.name()));
          throw UserError.invalid("no server or discovered machine named '" + name + "' (known: "
              + String.join(", ", known) + ")");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", name);
        Optional<Onboarding> o = store.current(name);
        if (server.isPresent()) {
          Server s = server.get();
          doc.put("kind", "inventory");
          doc.put("state", o.map(x -> x.state().id()).orElse("not-onboarded"));
          doc.put("profile", s.profile());
          doc.put("arch", s.arch().id());
          doc.put("firmware", s.firmware().id());
          doc.put("nics", s.nics());
          doc.put("labels", s.labels());
          doc.put("facts", new java.util.TreeMap<>(s.facts()));
        } else {
          DiscoveredMachine m = discovered.get();
          doc.put("kind", "discovered");
          doc.put("state", o.map(x -> x.state().id()).orElse(m.state().id()));
          doc.put("mac", m.mac());
          doc.put("rule", m.rule());
          doc.put("profile", o.map(Onboarding::profile).orElse(null));
          doc.put("labels", m.labels());
          doc.put("firstSeen", m.firstSeen().toString());
          doc.put("lastSeen", m.lastSeen().toString());
          doc.put("facts", m.facts());
        }
        if (output.json()) {
          out().println(JSON.writeValueAsString(doc));
        } else if (server.isPresent()) {
          doc.forEach((k, v) -> out().println(k + ": " + v));
        } else {
          printDiscovered(doc, discovered.get().facts());
        }
        out().flush();
        return ExitCode.OK;
      }
    }

    private void printDiscovered(Map<String, Object> doc, Facts f) {
      doc.forEach((k, v) -> {
        if (!k.equals("facts") && v != null) {
          out().println(k + ": " + v);
        }
      });
      out().println("architecture: " + f.architecture() + " (" + f.firmware() + ")");
      if (f.cpu() != null) {
        out().println("cpu: " + text(f.cpu().model()) + ", " + text(f.cpu().sockets()) + " sockets, "
            + text(f.cpu().cores()) + " cores, " + text(f.cpu().threads()) + " threads");
      }
      if (f.memoryBytes() != null) {
        out().println("memory: " + f.memoryBytes() + " bytes (" + (f.memoryBytes() >> 20) + " MiB)");
      }
      if (f.dmi() != null) {
        out().println("dmi: " + text(f.dmi().vendor()) + " / " + text(f.dmi().product()) + ", serial "
            + text(f.dmi().serial()) + ", uuid " + text(f.dmi().uuid()));
      }
      if (f.bmc() != null) {
        out().println("bmc: " + f.bmc().address());
      }
      for (Facts.Disk d : f.disks()) {
        out().println("disk: " + d.name() + " " + d.type() + " " + d.sizeBytes() + " bytes, " + d.path()
            + (d.byId() == null ? "" : " (" + d.byId() + ")") + ", model " + text(d.model()) + ", serial "
            + text(d.serial()));
      }
      for (Facts.Nic n : f.nics()) {
        out().println("nic: " + n.name() + " " + n.mac() + ", driver " + text(n.driver()) + ", "
            + (n.speedMbps() == null ? "speed unknown" : n.speedMbps() + " Mbit/s") + ", link "
            + (n.link() == null ? "unknown" : n.link() ? "up" : "down"));
      }
    }
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }
}
