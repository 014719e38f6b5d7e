package dev.lab.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.util.Optional;

/**
 * {@code lab serve}: the machine-facing boot, answer-file and artifact endpoints and the operator
 * API, on Javalin (Jetty). Start it with {@code start(...)}, stop it with {@link #stop()}.
 */
public final class LabServer {
  private final Javalin app;
  private final String newOperatorToken;

  private LabServer(Javalin app, String newOperatorToken) {
    this.app = app;
    this.newOperatorToken = newOperatorToken;
  }

  /** Builds the server over its handlers and binds it ({@code port} 0: any free port). */
  static LabServer start(Handlers handlers, ServerMetrics metrics, String host, int port, String newOperatorToken) {
    RequestLog requestLog = new RequestLog(metrics);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.compressionStrategy = CompressionStrategy.NONE;
      config.http.maxRequestSize = Bodies.SMALL;
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
