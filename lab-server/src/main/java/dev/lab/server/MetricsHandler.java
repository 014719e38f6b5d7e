package dev.lab.server;

import io.javalin.http.Context;

/** {@code GET /metrics}: every metric in the Prometheus text format. */
final class MetricsHandler {
  private final ServerMetrics metrics;

  MetricsHandler(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  void handle(Context ctx) {
    ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape());
  }
}
