package dev.lab.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem, {@code https://lab.dev/problems/<slug>}
 * @param title a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this case; never a secret or an internal exception name
 * @param extensions further members, for example {@code problems} of a refused onboarding
 */
record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {
  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://lab.dev/problems/";

  Problem {
    extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** @return a problem of the kind {@code slug} */
  static Problem of(int status, String slug, String title, String detail) {
    return new Problem(TYPE_BASE + slug, title, status, detail, Map.of());
  }

  /** @return this problem with one more member */
  Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(type, title, status, detail, more);
  }

  /** @return the members in RFC 9457 order, then the extensions: what Jackson writes */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    extensions.forEach(body::putIfAbsent);
    return body;
  }
}
