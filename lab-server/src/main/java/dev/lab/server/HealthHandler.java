package dev.lab.server;

import dev.lab.api.LabVersion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /healthz}: 200 with the version when the server answers requests. */
final class HealthHandler {
  void handle(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", LabVersion.get());
    Responses.json(ctx, 200, body);
  }
}
