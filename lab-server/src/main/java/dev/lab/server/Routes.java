package dev.lab.server;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
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
    RoutesConfig routes = config.routes;
    // Machines: the boot chain.
    routes.get("/boot.ipxe", h.boot()::ipxeBootstrap);
    routes.get("/ipxe", h.boot()::ipxe);
    routes.get("/grub/grub.cfg", h.boot()::grubChain);
    routes.get("/grub/machine.cfg", h.boot()::grubMachine);
    routes.get("/pxelinux.cfg/{name}", h.boot()::pxelinux);
    // Machines: an onboarding's files, progress and completion, under its secret token.
    routes.get("/t/{token}/{file}", h.tokens()::file);
    routes.post("/t/{token}/events", h.tokens()::event);
    routes.post("/t/{token}/done", h.tokens()::done);
    // Discovery agents: facts in, then polls for an approval.
    routes.post("/discover", h.discovery()::report);
    routes.get("/discover/poll/{token}", h.discovery()::poll);
    // Machines: kernels, initrds, images.
    routes.get("/artifacts/<path>", h.artifacts()::handle);
    routes.head("/artifacts/<path>", h.artifacts()::handle);
    // Operators.
    routes.get("/api/v1/servers", h.auth().require(h.operator()::servers));
    routes.get("/api/v1/servers/{name}/timeline", h.auth().require(h.operator()::timeline));
    routes.post("/api/v1/onboardings", h.auth().require(h.operator()::approve));
    routes.get("/api/v1/discovered", h.auth().require(h.operator()::discovered));
    routes.post("/api/v1/autosign/{certname}", h.auth().require(h.autosign()::decide));
    // Monitoring.
    routes.get("/healthz", h.health()::handle);
    routes.get("/metrics", h.metricsEndpoint()::handle);

    routes.exception(ProblemException.class, (e, ctx) -> Responses.problem(ctx, e.problem()));
    routes.exception(HttpResponseException.class, Routes::javalinRefusal);
    routes.exception(Exception.class, Routes::ownFault);
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
          "the request was refused: " + title.toLowerCase(Locale.ROOT)));
    }
  }

  private static void ownFault(Exception e, Context ctx) {
    LOG.error("{} {} failed: {}", ctx.req().getMethod(), Secrets.mask(ctx.path()), Secrets.describe(e));
    Responses.problem(ctx, Problem.of(500, "internal-error", "Internal server error",
        "Lab failed to answer this request; the server log has the cause"));
  }
}
