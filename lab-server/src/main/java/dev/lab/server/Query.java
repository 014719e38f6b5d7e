package dev.lab.server;

import java.util.HashMap;
import java.util.Map;

/**
 * A query string as boot loaders write it: {@code name=value} pairs joined by {@code &}, values
 * percent-encoded. Unlike an HTML form, {@code +} is a plus sign: iPXE's {@code :uristring} leaves
 * it as it is.
 */
final class Query {
  private Query() {}

  /**
   * @return each parameter's first value, decoded
   * @throws ProblemException 400 when a name or value has a bad percent-encoding or is not UTF-8
   */
  static Map<String, String> parse(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String text) {
    return Percent.decode(text).orElseThrow(() -> ProblemException.badRequest("malformed-facts",
        "the query has a '%' that does not start a percent-encoded byte, or is not UTF-8 once decoded"));
  }
}
