package dev.lab.server;

import dev.lab.core.LabContext;
import dev.lab.core.config.Lab;
import dev.lab.core.enroll.AutosignPolicy;
import dev.lab.core.onboard.DiscoveryService;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.StateStore;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code lab serve}: the machine-facing boot, answer-file and artifact endpoints and the operator
 * API, on Javalin (Jetty), over one lab directory and its state store. Start it with {@link
 * #start}, stop it with {@link #stop()}.
 */
public final class LabServer {
  private final Javalin app;
  private final String newOperatorToken;

  private LabServer(Javalin app, String newOperatorToken) {
    this.app = app;
    this.newOperatorToken = newOperatorToken;
  }

  /**
   * Starts the server. The operator token is {@code LAB_OPERATOR_TOKEN} from the environment, or
   * the lab directory's {@code state/operator-token} (created on the first start: see {@link
   * #newOperatorToken()}).
   *
   * @param context the lab directory, loaded and valid
   * @param store its state store (the caller closes it after {@link #stop()})
   * @param listenHost the address to bind, for example {@code 0.0.0.0}
   * @param port the port to bind; 0 for any free port (see {@link #port()})
   * @param publicUrl the base URL machines reach this server at, ending in {@code /} or not;
   *     null for {@code server.url} of {@code lab.yaml}
   * @param clock the clock tokens expire by
   * @return the running server
   * @throws dev.lab.core.LabException when the lab directory has problems
   * @throws io.javalin.util.JavalinBindException when the port cannot be bound
   */
  public static LabServer start(LabContext context, StateStore store, String listenHost, int port, String publicUrl,
      Clock clock) {
    return start(context, store, listenHost, port, publicUrl, clock, System.getenv());
  }

  static LabServer start(LabContext context, StateStore store, String listenHost, int port, String publicUrl,
      Clock clock, Map<String, String> env) {
    Lab lab = context.lab();
    String base = publicUrl != null ? publicUrl : lab.config().server().url();
    base = base.endsWith("/") ? base : base + "/";
    OnboardingService onboarding = context.onboarding(store, clock, base);
    OperatorToken token = OperatorToken.load(env, context.dir().resolve("state"));
    ServerMetrics metrics = new ServerMetrics(() -> store.currentAll().stream()
        .collect(Collectors.groupingBy(Onboarding::state, Collectors.counting())));
    DiscoveryService discovery = new DiscoveryService(lab, store, onboarding, clock, base);
    Handlers handlers = new Handlers(
        new HealthHandler(),
        new MetricsHandler(metrics),
        new BootHandlers(onboarding, context.boot(), base, metrics),
        new TokenHandlers(onboarding),
        new ArtifactHandler(lab.artifactRoot(), metrics),
        new OperatorApi(onboarding, discovery, lab),
        new AutosignHandler(new AutosignPolicy(lab, store, clock)),
        new OperatorAuth(token),
        new DiscoveryHandlers(discovery));
    return start(handlers, metrics, listenHost, port, token.created().orElse(null));
  }

  /** Builds the server over its handlers and binds it. */
  static LabServer start(Handlers handlers, ServerMetrics metrics, String host, int port, String newOperatorToken) {
    RequestLog requestLog = new RequestLog(metrics);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.compressionStrategy = CompressionStrategy.NONE;
      config.http.maxRequestSize = Bodies.SMALL;
      config.http.prefer405over404 = true;
      config.router.ignoreTrailingSlashes = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.requestLogger.http(requestLog::log);
      Routes.configure(config, handlers);
    });
    app.start();
    return new LabServer(app, newOperatorToken);
  }

  /** @return the port the server listens on */
  public int port() {
    return app.port();
  }

  /**
   * @return the operator token when this start created it (the {@code state/operator-token} file
   *     did not exist and {@code LAB_OPERATOR_TOKEN} is not set): show it to the operator once
   */
  public Optional<String> newOperatorToken() {
    return Optional.ofNullable(newOperatorToken);
  }

  /** Stops the server: in-flight requests finish, then the port is released. */
  public void stop() {
    app.stop();
  }
}
