package dev.lab.server;

import dev.lab.core.enroll.AutosignDecision;
import dev.lab.core.enroll.AutosignPolicy;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/autosign/{certname}} with the PEM certificate signing request as the body:
 * Lab's autosign policy decision, for {@code lab autosign --server} on the Puppet server. A refusal
 * is an answer (200 with {@code approved: false}), not an error; the decision is recorded in the
 * server's timeline either way.
 */
final class AutosignHandler {
  private final AutosignPolicy policy;

  AutosignHandler(AutosignPolicy policy) {
    this.policy = policy;
  }

  void decide(Context ctx) {
    String pem = new String(Bodies.read(ctx, Bodies.SMALL), StandardCharsets.UTF_8);
    AutosignDecision decision = policy.decide(ctx.pathParam("certname"), pem);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("approved", decision.approved());
    body.put("reason", decision.reason());
    body.put("server", decision.server());
    Responses.json(ctx, 200, body);
  }
}
