package dev.lab.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Guards the operator API: each request must carry {@code Authorization: Bearer <operator token>}. */
final class OperatorAuth {
  private static final String SCHEME = "Bearer ";

  private final OperatorToken token;

  OperatorAuth(OperatorToken token) {
    this.token = token;
  }

  /** @return the handler, run only for requests that carry the operator token */
  Handler require(Handler handler) {
    return ctx -> {
      check(ctx);
      handler.handle(ctx);
    };
  }

  private void check(Context ctx) {
    String header = ctx.header("Authorization");
    String presented = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        ? header.substring(SCHEME.length()).strip() : null;
    if (!token.matches(presented)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"lab\"");
      throw new ProblemException(Problem.of(401, "unauthorized", "Unauthorized",
          header == null ? "the operator API needs the header Authorization: Bearer <operator token>"
              : "the operator token is not valid"));
    }
  }
}
