package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.core.LabContext;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.onboard.ServerStatus;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab status}: each server's onboarding state, or one server's boot timeline. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show every server's onboarding state, or one server's timeline: each boot decision with its",
        "reason, each installer event, each state change. --watch keeps printing new entries."})
final class StatusCommand extends BaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SERVER", description = "Show this server's timeline.")
  String server;

  @Option(names = "--watch", description = "Keep watching and print what changes (Ctrl-C to stop).")
  boolean watch;

  @Option(names = "--interval", defaultValue = "2s", paramLabel = "DURATION", hidden = true,
      description = "How often --watch looks (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--limit", defaultValue = "200", paramLabel = "N", description = "Timeline entries to show.")
  int limit;

  @Mixin
  LabDirOption lab;

  @Mixin
  OutputOption output;

  @Mixin
  RemoteOption remote;

  @Override
  public Integer call() throws Exception {
    OperatorClient client = remote.client(environment().env());
    if (client != null) {
      return remote(client);
    }
    try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
      OnboardingService service = context.onboarding(store, Clock.systemUTC());
      if (server != null && context.lab().server(server).isEmpty() && store.timeline(server, 1).isEmpty()
          && store.discovery().byName(server).isEmpty()) {
        throw UserError.invalid("no server named '" + server + "' (known: "
            + String.join(", ", context.lab().servers().keySet()) + ")");
      }
      Instant seen = Instant.EPOCH;
      String lastTable = null;
      do {
        if (server != null) {
          List<TimelineEvent> events = service.timeline(server, limit);
          for (TimelineEvent e : events) {
            if (e.at().isAfter(seen) || !watch) {
              printEvent(e);
            }
          }
          if (!events.isEmpty()) {
            seen = events.get(events.size() - 1).at();
          }
        } else {
          String table = table(service.status(), discovered(store));
          if (!table.equals(lastTable)) {
            out().print(table);
            out().flush();
            lastTable = table;
          }
        }
        if (watch) {
          Thread.sleep(parse(interval).toMillis());
        }
      } while (watch);
      return ExitCode.OK;
    }
  }

  private void printEvent(TimelineEvent e) {
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", e.at().toString());
      m.put("server", e.server());
      m.put("onboarding", e.onboardingId());
      m.put("kind", e.kind());
      m.put("type", e.type());
      m.put("message", e.message());
      m.put("data", e.data());
      try {
        out().println(new ObjectMapper().writeValueAsString(m));
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
    } else {
      out().printf("%s  %-8s %-18s %s%n", e.at(), e.kind(), e.type(), describe(e));
    }
    out().flush();
  }

  /**
   * @return the entry's message (tokens masked) with what its data says about time: an action's
   *     seconds, and for a stream its size and rate, e.g. {@code stream-rootfs (52.3 s, 188.8 MB at 3.7 MB/s)}
   */
  static String describe(TimelineEvent e) {
    String message = e.message() == null ? "" : Secrets.maskTokens(e.message());
    if (e.data() == null || !e.data().contains("\"seconds\"")) {
      return message;
    }
    com.fasterxml.jackson.databind.JsonNode data;
    try {
      data = new ObjectMapper().readTree(e.data());
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      return message;
    }
    if (!data.path("seconds").isNumber()) {
      return message;
    }
    StringBuilder b = new StringBuilder(message).append(message.isEmpty() ? "(" : " (")
        .append(String.format(java.util.Locale.ROOT, "%.2f s", data.path("seconds").asDouble()));
    if (data.path("bytes").isIntegralNumber() && data.path("bytesPerSecond").isNumber()) {
      b.append(String.format(java.util.Locale.ROOT, ", %.1f MB at %.1f MB/s", data.path("bytes").asLong() / 1e6,
          data.path("bytesPerSecond").asDouble() / 1e6));
    }
    return b.append(')').toString();
  }

  /** @return the discovered machines that are not onboarded yet, as status rows (onboarded ones have their onboarding) */
  private static List<ServerStatus> discovered(StateStore store) {
    List<ServerStatus> rows = new ArrayList<>();
    for (DiscoveredMachine m : store.discovery().all()) {
      rows.add(new ServerStatus(m.name(), store.current(m.name()), store.timeline(m.name(), 1).stream().findFirst()));
    }
    return rows;
  }

  private String table(List<ServerStatus> inventory, List<ServerStatus> discovered) throws Exception {
    List<ServerStatus> statuses = new ArrayList<>(inventory);
    statuses.addAll(discovered);
    java.util.Set<String> found = new java.util.HashSet<>();
    discovered.forEach(d -> found.add(d.server()));
    if (output.json()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ServerStatus s : statuses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("server", s.server());
        m.put("state", s.onboarding().map(o -> o.state().id())
            .orElse(found.contains(s.server()) ? "discovered" : "not-onboarded"));
        m.put("discovered", found.contains(s.server()));
        m.put("profile", s.onboarding().map(o -> o.profile()).orElse(null));
        m.put("onboarding", s.onboarding().map(o -> o.id()).orElse(null));
        m.put("updated", s.onboarding().map(o -> o.updatedAt().toString()).orElse(null));
        m.put("last", s.last().map(e -> e.type()).orElse(null));
        rows.add(m);
      }
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SERVER", "STATE", "PROFILE", "UPDATED", "LAST EVENT"});
    for (ServerStatus s : statuses) {
      rows.add(new String[] {s.server(), s.onboarding().map(o -> o.state().id())
          .orElse(found.contains(s.server()) ? "discovered" : "-"),
          s.onboarding().map(o -> o.profile()).orElse("-"),
          s.onboarding().map(o -> o.updatedAt().toString()).orElse("-"),
          s.last().map(e -> e.type() + (e.message() == null ? "" : ": " + Secrets.maskTokens(e.message()))).orElse("-")});
    }
    java.io.StringWriter buffer = new java.io.StringWriter();
    Table.print(new java.io.PrintWriter(buffer), rows);
    return buffer.toString();
  }

  /** The same views, from a running lab serve's operator API. */
  private int remote(OperatorClient client) throws Exception {
    String seen = "";
    String lastTable = null;
    do {
      if (server != null) {
        OperatorClient.Reply reply = client.get("api/v1/servers/" + OperatorClient.encode(server) + "/timeline?limit=" + limit);
        if (reply.status() == 404) {
          throw UserError.invalid("lab serve knows no server named '" + server + "'");
        }
        for (var e : reply.body().path("events")) {
          String at = e.path("at").asText();
          if (!watch || at.compareTo(seen) > 0) {
            printEvent(new TimelineEvent(Instant.parse(at), server, e.path("onboarding").asText(null),
                e.path("kind").asText(), e.path("type").asText(), e.path("message").asText(null),
                e.has("data") ? e.path("data").toString() : null));
            seen = at.compareTo(seen) > 0 ? at : seen;
          }
        }
      } else {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SERVER", "STATE", "PROFILE", "UPDATED", "LAST EVENT"});
        for (var s : client.get("api/v1/servers").body().path("servers")) {
          var o = s.path("onboarding");
          var last = s.path("last");
          rows.add(new String[] {s.path("server").asText(), s.path("state").asText(),
              o.path("profile").asText("-"), o.path("updatedAt").asText("-"),
              last.isMissingNode() ? "-" : last.path("type").asText()
                  + (last.hasNonNull("message") ? ": " + Secrets.maskTokens(last.path("message").asText()) : "")});
        }
        java.io.StringWriter buffer = new java.io.StringWriter();
        Table.print(new java.io.PrintWriter(buffer), rows);
        if (!buffer.toString().equals(lastTable)) {
          out().print(buffer);
          out().flush();
          lastTable = buffer.toString();
        }
      }
      if (watch) {
        Thread.sleep(parse(interval).toMillis());
      }
    } while (watch);
    return ExitCode.OK;
  }

  private static Duration parse(String text) {
    if (!text.matches("\\d+(ms|s)")) {
      throw UserError.invalid("--interval must look like 500ms or 2s");
    }
    return text.endsWith("ms") ? Duration.ofMillis(Long.parseLong(text.replace("ms", "")))
        : Duration.ofSeconds(Long.parseLong(text.replace("s", "")));
  }
}
