package dev.lab.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies up to a limit: a larger body is refused with 413 before it is stored. */
final class Bodies {
  /** The limit for progress events, completion calls and operator requests. */
  static final int SMALL = 64 * 1024;

  private Bodies() {}

  /**
   * @return the body, at most {@code limit} bytes
   * @throws ProblemException 413 when the body is larger (declared or sent)
   */
  static byte[] read(Context ctx, int limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] chunk = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(chunk)) != -1; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  private static ProblemException tooLarge(int limit) {
    return new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
        "the request body is larger than " + limit / 1024 + " KiB, the limit of this endpoint"));
  }
}
