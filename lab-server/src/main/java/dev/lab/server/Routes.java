package dev.lab.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one route table of {@code lab serve}, and how every failure becomes an RFC 9457 problem:
 * a handler's {@link ProblemException} as it is, Javalin's own refusals (no such route, wrong
 * method) with their status, anything else as 500 with the cause logged and nothing revealed.
 */
final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  private Routes() {}

  static void configure(JavalinConfig config, Handlers h) {
    config.routes.get("/healthz", h.health()::handle);
    config.routes.get("/metrics", h.metricsEndpoint()::handle);

    config.routes.get("/artifacts/<path>", h.artifacts()::handle);
    config.routes.head("/artifacts/<path>", h.artifacts()::handle);

    config.routes.exception(ProblemException.class, (e, ctx) -> Responses.problem(ctx, e.problem()));
    config.routes.exception(HttpResponseException.class, Routes::javalinRefusal);
    config.routes.exception(Exception.class, Routes::ownFault);
  }

  private static void javalinRefusal(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404) {
      Responses.problem(ctx, Problem.of(404, "not-found", "Not found", "no such endpoint"));
    } else if (status == 405) {
      Responses.problem(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
          "this endpoint does not take " + ctx.req().getMethod() + " requests"));
    } else if (status == 413) {
      Responses.problem(ctx, Problem.of(413, "body-too-large", "Request body too large",
          "the request body is larger than this endpoint takes"));
    } else {
      String title = HttpStatus.forStatus(status).getMessage();
      Responses.problem(ctx, Problem.of(status, status >= 500 ? "internal-error" : "malformed-request", title,
          "the request was refused: " + title.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  private static void ownFault(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.req().getMethod(), LogPaths.masked(ctx.path()), e);
    Responses.problem(ctx, Problem.of(500, "internal-error", "Internal server error",
        "Lab failed to answer this request; the server log has the cause"));
  }
}
