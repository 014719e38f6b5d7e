package dev.lab.server;

/**
 * The handlers the route table dispatches to, each a thin adapter over lab-core.
 *
 * @param health {@code /healthz}
 * @param metricsEndpoint {@code /metrics}
 * @param artifacts {@code /artifacts/...}
 */
record Handlers(HealthHandler health, MetricsHandler metricsEndpoint, ArtifactHandler artifacts) {}
