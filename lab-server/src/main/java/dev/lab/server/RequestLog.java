package dev.lab.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request (method, masked path, status, time; never a query string, header or body)
 * and counts it in the metrics under its route template.
 */
final class RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.lab.server.requests");

  private final ServerMetrics metrics;

  RequestLog(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  void log(Context ctx, float millis) {
    String method = ctx.req().getMethod();
    int status = ctx.statusCode();
    Endpoint matched = ctx.endpoints().lastHttpEndpoint();
    metrics.request(matched == null ? "" : matched.path, method, status, Duration.ofNanos((long) (millis * 1_000_000)));
    if (LOG.isInfoEnabled()) {
      LOG.info("{} {} {} {}ms", method, Secrets.mask(ctx.path()), status, Math.round(millis));
    }
  }
}
