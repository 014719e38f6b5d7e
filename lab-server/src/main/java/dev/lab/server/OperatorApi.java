package dev.lab.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.LabException;
import dev.lab.core.config.Lab;
import dev.lab.core.onboard.Approval;
import dev.lab.core.facts.FactsJson;
import dev.lab.core.onboard.DiscoveryService;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.onboard.ServerStatus;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.TimelineEvent;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator API under {@code /api/v1/} (JSON, bearer operator token): servers with their
 * onboarding state, a server's boot timeline, and approving an onboarding. Responses carry no
 * secret: no token (masked as {@code ***} in the boot summary), no password hash, no file content.
 */
final class OperatorApi {
  static final int DEFAULT_TIMELINE = 100;
  static final int MAX_TIMELINE = 10_000;

  private final OnboardingService onboarding;
  private final DiscoveryService discovery;
  private final Lab lab;

  OperatorApi(OnboardingService onboarding, DiscoveryService discovery, Lab lab) {
    this.onboarding = onboarding;
    this.discovery = discovery;
    this.lab = lab;
  }

  /** {@code GET /api/v1/discovered}: every discovered machine, first seen first, with its facts. */
  void discovered(Context ctx) {
    List<Map<String, Object>> machines = discovery.machines().stream().map(OperatorApi::discovered).toList();
    Responses.json(ctx, 200, Map.of("machines", machines));
  }

  private static Map<String, Object> discovered(DiscoveredMachine d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("mac", d.mac());
    m.put("state", d.state().id());
    if (d.rule() != null) {
      m.put("rule", d.rule());
    }
    m.put("labels", d.labels());
    m.put("firstSeen", d.firstSeen());
    m.put("lastSeen", d.lastSeen());
    try {
      m.put("facts", Json.MAPPER.readTree(FactsJson.write(d.facts())));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored facts are not JSON: " + e.getMessage(), e);
    }
    return m;
  }

  /** {@code GET /api/v1/servers} */
  void servers(Context ctx) {
    List<Map<String, Object>> servers = onboarding.status().stream().map(OperatorApi::status).toList();
    Responses.json(ctx, 200, Map.of("servers", servers));
  }

  /** {@code GET /api/v1/servers/{name}/timeline?limit=N} */
  void timeline(Context ctx) {
    String name = ctx.pathParam("name");
    int limit = limit(ctx.queryParam("limit"));
    List<TimelineEvent> events = onboarding.timeline(name, limit);
    if (lab.server(name).isEmpty() && events.isEmpty()) {
      throw ProblemException.notFound("no server named '" + name + "' in the inventory or the timelines");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("server", name);
    body.put("events", events.stream().map(OperatorApi::event).toList());
    Responses.json(ctx, 200, body);
  }

  /**
   * {@code POST /api/v1/onboardings} with {@code {server, profile?, method?, name?, dryRun?}}; a
   * discovered machine's name ({@code mac-…}) onboards it, under {@code name} if given.
   */
  void approve(Context ctx) {
    OnboardRequest request = OnboardRequest.parse(Bodies.read(ctx, Bodies.SMALL));
    Approval approval;
    try {
      if (lab.server(request.server()).isEmpty() && discovery.isDiscovered(request.server())) {
        if (request.method() != null) {
          throw ProblemException.badRequest("malformed-request", "\"method\" is not for a discovered machine: its"
              + " profile's method installs it");
        }
        approval = discovery.approve(request.server(), request.profile(), request.name(), request.dryRun());
      } else if (request.name() != null) {
        throw ProblemException.badRequest("malformed-request", "\"name\" is for a discovered machine (mac-…): "
            + request.server() + " is not one");
      } else {
        approval = onboarding.approve(request.server(), request.profile(), request.method(), request.dryRun());
      }
    } catch (LabException e) {
      throw new ProblemException(Problem.of(422, "invalid-onboarding", "Onboarding refused",
          "the onboarding of '" + request.server() + "' cannot be approved: " + e.problems().size()
              + (e.problems().size() == 1 ? " problem" : " problems"))
          .with("problems", e.problems().stream().map(d -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", d.file());
            p.put("line", d.line());
            p.put("property", d.property());
            p.put("message", d.message());
            p.put("text", d.toString());
            return p;
          }).toList()));
    }
    Responses.json(ctx, approval.dryRun() ? 200 : 201, approval(approval));
  }

  private static Map<String, Object> approval(Approval a) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dryRun", a.dryRun());
    body.put("server", a.render().config().server().name());
    body.put("profile", a.render().config().profile().name());
    body.put("method", a.render().config().profile().method().id());
    body.put("plugin", a.render().plugin());
    if (a.onboarding() != null) {
      body.put("onboarding", onboarding(a.onboarding()));
    }
    body.put("firmware", a.render().firmware().id());
    body.put("filesExpire", a.filesExpire());
    body.put("files", a.render().files().stream().map(OperatorApi::file).toList());
    body.put("boot", Secrets.mask(a.render().bootSummary()));
    return body;
  }

  private static Map<String, Object> file(RenderedFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("mediaType", f.mediaType());
    m.put("bytes", f.content().getBytes(StandardCharsets.UTF_8).length);
    return m;
  }

  private static Map<String, Object> status(ServerStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("server", s.server());
    m.put("state", s.onboarding().map(o -> o.state().id()).orElse("none"));
    s.onboarding().ifPresent(o -> m.put("onboarding", onboarding(o)));
    s.last().ifPresent(e -> m.put("last", event(e)));
    return m;
  }

  private static Map<String, Object> onboarding(Onboarding o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("profile", o.profile());
    m.put("method", o.method());
    m.put("plugin", o.plugin());
    m.put("state", o.state().id());
    if (o.reason() != null) {
      m.put("reason", o.reason());
    }
    m.put("createdAt", o.createdAt());
    m.put("updatedAt", o.updatedAt());
    return m;
  }

  private static Map<String, Object> event(TimelineEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at());
    if (e.onboardingId() != null) {
      m.put("onboarding", e.onboardingId());
    }
    m.put("kind", e.kind());
    m.put("type", e.type());
    if (e.message() != null) {
      m.put("message", e.message());
    }
    if (e.data() != null) {
      m.put("data", data(e.data()));
    }
    return m;
  }

  private static JsonNode data(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return Json.MAPPER.getNodeFactory().textNode(json);
    }
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_TIMELINE;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_TIMELINE) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ProblemException.badRequest("malformed-request", "limit must be a number from 1 to " + MAX_TIMELINE);
  }

  /**
   * The body of {@code POST /api/v1/onboardings}.
   *
   * @param server the server's name
   * @param profile the profile, or null for the server's own
   * @param method {@code native} or {@code rootfs}, or null for the profile's
   * @param dryRun whether to store nothing
   */
  record OnboardRequest(String server, String profile, InstallMethod method, String name, boolean dryRun) {
    private record Body(String server, String profile, String method, String name, Boolean dryRun) {}

    static OnboardRequest parse(byte[] bytes) {
      Body body;
      try {
        body = Json.MAPPER.readValue(bytes, Body.class);
      } catch (UnrecognizedPropertyException e) {
        throw ProblemException.badRequest("malformed-request", "unknown field \"" + e.getPropertyName()
            + "\": the body takes server, profile, method, name and dryRun");
      } catch (IOException e) {
        throw ProblemException.badRequest("malformed-request", "the body must be a JSON object"
            + " {\"server\": ..., \"profile\": ..., \"method\": ..., \"dryRun\": ...} with string values and a"
            + " boolean dryRun");
      }
      if (body == null || body.server() == null || body.server().isBlank()) {
        throw ProblemException.badRequest("malformed-request", "\"server\" is missing: name the server to onboard");
      }
      InstallMethod method = null;
      if (body.method() != null) {
        try {
          method = InstallMethod.valueOf(body.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw ProblemException.badRequest("malformed-request", "\"method\" must be native or rootfs");
        }
      }
      return new OnboardRequest(body.server(), body.profile(), method, body.name(), Boolean.TRUE.equals(body.dryRun()));
    }
  }
}
