package dev.lab.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (requests refused before they reach a route: unparsable request
 * lines, oversized headers, ambiguous URIs) as RFC 9457 problems instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  private static byte[] body(int status, String reason) {
    String title = HttpStatus.getMessage(status);
    String slug = status >= 500 ? "internal-error" : status == 404 ? "not-found" : "malformed-request";
    String detail = reason == null || reason.isBlank() || reason.equals(title)
        ? "the request was refused before it reached Lab: " + title.toLowerCase(java.util.Locale.ROOT)
        : "the request was refused before it reached Lab: " + reason;
    return Responses.bytes(Problem.of(status, slug, title, detail).body());
  }
}
