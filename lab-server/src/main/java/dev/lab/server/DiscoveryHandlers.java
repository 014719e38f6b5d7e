package dev.lab.server;

import dev.lab.core.facts.FactProblem;
import dev.lab.core.facts.FactsException;
import dev.lab.core.facts.FactsJson;
import dev.lab.core.onboard.DiscoveryRefused;
import dev.lab.core.onboard.DiscoveryService;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery agent's endpoints: {@code POST /discover} takes a machine's facts, {@code GET
 * /discover/poll/{token}} tells it whether it has been approved and where its deploy plan is.
 */
final class DiscoveryHandlers {
  private final DiscoveryService discovery;

  DiscoveryHandlers(DiscoveryService discovery) {
    this.discovery = discovery;
  }

  void report(Context ctx) {
    String body = new String(Bodies.read(ctx, Bodies.SMALL), StandardCharsets.UTF_8);
    DiscoveryService.Reported reported;
    try {
      reported = discovery.report(FactsJson.read(body));
    } catch (FactsException e) {
      List<Map<String, String>> problems = e.problems().stream().map(DiscoveryHandlers::problem).toList();
      throw new ProblemException(Problem.of(400, "malformed-facts", "Malformed facts", e.getMessage())
          .with("problems", problems));
    } catch (DiscoveryRefused e) {
      throw new ProblemException(Problem.of(403, "discovery-refused", "Discovery refused", e.getMessage()));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("state", reported.state());
    answer.put("name", reported.name());
    answer.put("poll", reported.poll());
    ctx.header("Cache-Control", "no-store");
    Responses.json(ctx, 200, answer);
  }

  void poll(Context ctx) {
    DiscoveryService.PollAnswer answer = discovery.poll(ctx.pathParam("token"))
        .orElseThrow(() -> ProblemException.notFound("no discovered machine has this poll token: post the facts again"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", answer.state());
    if (answer.plan() != null) {
      body.put("plan", answer.plan());
    } else if (answer.state().equals("approved")) {
      body.put("boot", "network");
    }
    ctx.header("Cache-Control", "no-store");
    Responses.json(ctx, 200, body);
  }

  private static Map<String, String> problem(FactProblem p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("property", p.property());
    m.put("message", p.message());
    return m;
  }
}
