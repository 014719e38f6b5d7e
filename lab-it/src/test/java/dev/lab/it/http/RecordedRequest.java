package dev.lab.it.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the {@link TestHttpServer} received, as the client sent it.
 *
 * @param sequence 1 for the server's first request, then counting up
 * @param receivedNanos {@link System#nanoTime()} when the request line arrived; compare it with a
 *     VM's start to get a wall time "from QEMU start"
 * @param method the HTTP method, upper case
 * @param target the request target as sent, path and query (e.g. {@code /ipxe?mac=52:54:00:...})
 * @param headers the request headers; names are lower case
 * @param body the request body (empty for GET), cut at {@link TestHttpServer#MAX_BODY_BYTES}
 * @param status the status the server answered with
 */
public record RecordedRequest(
    int sequence,
    long receivedNanos,
    String method,
    String target,
    Map<String, List<String>> headers,
    byte[] body,
    int status) {

  /** Copies the headers and the body: a recorded request does not change. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** The request body; a copy. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The path part of the target, without the query. */
  public String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /**
   * The query parameters, decoded (UTF-8); for a name given twice, the first value. A name
   * without {@code =} maps to an empty string.
   */
  public Map<String, String> query() {
    int start = target.indexOf('?');
    Map<String, String> parameters = new LinkedHashMap<>();
    if (start < 0) {
      return parameters;
    }
    for (String pair : target.substring(start + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The User-Agent header, or an empty string. */
  public String userAgent() {
    return header("user-agent").orElse("");
  }

  /** True when iPXE sent this request (its User-Agent starts with {@code iPXE/}). */
  public boolean fromIpxe() {
    return userAgent().startsWith("iPXE/");
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Time from {@code startNanos} (e.g. a VM's start) to this request. */
  public Duration since(long startNanos) {
    return Duration.ofNanos(receivedNanos - startNanos);
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + method + " " + target + " -> " + status + " (User-Agent: "
        + userAgent() + (body.length > 0 ? ", body: " + bodyText() : "") + ")";
  }
}
