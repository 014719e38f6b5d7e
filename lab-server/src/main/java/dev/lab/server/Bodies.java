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
  /**
   * How much of a refused body is read and thrown away before answering 413: a client still
   * sending would otherwise see the connection reset instead of the answer.
   */
  private static final int DRAIN = 1024 * 1024;

  private Bodies() {}

  /**
   * @return the body, at most {@code limit} bytes
   * @throws ProblemException 413 when the body is larger (declared or sent)
   */
  static byte[] read(Context ctx, int limit) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.bodyInputStream()) {
      if (declared > limit) {
        throw tooLarge(in, limit, declared);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] chunk = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(chunk)) != -1; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(in, limit, -1);
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  /** Reads (and discards) what the client still sends, up to a bound, then gives the 413. */
  private static ProblemException tooLarge(InputStream in, int limit, long declared) throws IOException {
    if (declared <= DRAIN) {
      byte[] chunk = new byte[8192];
      long drained = 0;
      for (int n; drained <= DRAIN && (n = in.read(chunk)) != -1; ) {
        drained += n;
      }
    }
    return tooLarge(limit);
  }

  private static ProblemException tooLarge(int limit) {
    return new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
        "the request body is larger than " + limit / 1024 + " KiB, the limit of this endpoint"));
  }
}
