package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Assertions on RFC 9457 problem responses. */
final class Problems {
  private Problems() {}

  /** Asserts a problem response of this status and kind, and returns its body. */
  static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String slug) {
    assertThat(response.statusCode()).as("status of %s", Http.text(response)).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode body = Http.json(response);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).isEqualTo("https://lab.dev/problems/" + slug);
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank();
    return body;
  }
}
