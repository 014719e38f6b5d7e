package dev.lab.server;

import dev.lab.api.model.RenderedFile;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.onboard.ProgressEvent;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The endpoints under an onboarding's secret token: its files, its progress events and its
 * completion call. A token that is unknown, expired, superseded, of another purpose or of a
 * finished install, and a file the onboarding does not have, all answer the same 404: nothing
 * tells which.
 */
final class TokenHandlers {
  private static final String GONE = "no such file, or the link is not (or no longer) valid";

  private final OnboardingService onboarding;

  TokenHandlers(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  /** {@code GET /t/{token}/{file}} */
  void file(Context ctx) {
    RenderedFile file = onboarding.file(ctx.pathParam("token"), ctx.pathParam("file"))
        .orElseThrow(() -> ProblemException.notFound(GONE));
    ctx.header("Cache-Control", "no-store").contentType(file.mediaType()).result(file.content());
  }

  /** {@code POST /t/{token}/events}: one progress event, Lab's JSON or an installer's webhook body. */
  void event(Context ctx) {
    ProgressEvent event = ProgressEvents.parse(Bodies.read(ctx, Bodies.SMALL));
    if (!onboarding.event(ctx.pathParam("token"), event)) {
      throw ProblemException.notFound(GONE);
    }
    Responses.json(ctx, 202, Map.of("accepted", event.type()));
  }

  /**
   * {@code POST /t/{token}/done}: the install finished. The first call answers 200 and the machine
   * boots from its disk from then on; the token is dead after it, so a second call is a 404.
   */
  void done(Context ctx) {
    Bodies.read(ctx, Bodies.SMALL);
    if (!onboarding.done(ctx.pathParam("token"))) {
      throw ProblemException.notFound(GONE);
    }
    Responses.json(ctx, 200, Map.of("state", "installed"));
  }
}
