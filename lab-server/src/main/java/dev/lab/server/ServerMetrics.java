package dev.lab.server;

import dev.lab.core.state.OnboardingState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The server's Prometheus metrics: {@code lab_http_requests_seconds} by route, method and status;
 * {@code lab_boot_decisions_total} by loader and kind; {@code lab_onboardings} by state (counted
 * from the state store at each scrape); {@code lab_artifact_served_bytes_total}.
 */
final class ServerMetrics {
  /** The media type of the Prometheus text exposition format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<OnboardingState, AtomicLong> onboardings = new EnumMap<>(OnboardingState.class);
  private final Supplier<Map<OnboardingState, Long>> onboardingCounts;
  private final Counter artifactBytes;

  /** @param onboardingCounts the number of onboardings in each state, read at each scrape */
  ServerMetrics(Supplier<Map<OnboardingState, Long>> onboardingCounts) {
    this.onboardingCounts = onboardingCounts;
    for (OnboardingState state : OnboardingState.values()) {
      AtomicLong value = new AtomicLong();
      onboardings.put(state, value);
      Gauge.builder("lab.onboardings", value, AtomicLong::get)
          .description("Onboardings by state (each server's newest)")
          .tag("state", state.id())
          .register(registry);
    }
    artifactBytes = Counter.builder("lab.artifact.served")
        .baseUnit("bytes")
        .description("Artifact bytes sent to machines")
        .register(registry);
  }

  /** Counts one HTTP request. */
  void request(String route, String method, int status, Duration took) {
    Timer.builder("lab.http.requests")
        .description("HTTP requests by route template, method and status")
        .tag("route", route.isEmpty() ? "unmatched" : route)
        .tag("method", method)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(took);
  }

  /** Counts one boot decision. */
  void bootDecision(String loader, boolean install) {
    Counter.builder("lab.boot.decisions")
        .description("Boot decisions by loader and kind")
        .tag("loader", loader)
        .tag("kind", install ? "install" : "local")
        .register(registry)
        .increment();
  }

  /** Counts artifact bytes sent. */
  void artifactBytes(long bytes) {
    artifactBytes.increment(bytes);
  }

  /** @return every metric in the Prometheus text format, onboarding counts read now */
  String scrape() {
    Map<OnboardingState, Long> counts = onboardingCounts.get();
    onboardings.forEach((state, value) -> value.set(counts.getOrDefault(state, 0L)));
    return registry.scrape();
  }
}
