package dev.lab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small client of {@code lab serve}'s operator API (docs/server.md). */
final class OperatorClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI base;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  OperatorClient(String url, String token) {
    URI uri;
    try {
      uri = URI.create(url.endsWith("/") ? url : url + "/");
    } catch (IllegalArgumentException e) {
      throw UserError.invalid("--server '" + url + "' is not a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw UserError.invalid("--server '" + url + "' must be an http(s) URL of a running lab serve");
    }
    this.base = uri;
    this.token = token;
  }

  /** A response: its status and JSON body. */
  record Reply(int status, JsonNode body) {}

  Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Reply post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(base.resolve(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply postText(String path, String mediaType, String text) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", mediaType)
        .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Reply send(HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response = http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UserError("cannot reach lab serve at " + base + ": " + (e.getMessage() == null ? "connection failed" : e.getMessage()),
          ExitCode.FAILURE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while talking to " + base, ExitCode.FAILURE);
    }
    JsonNode body;
    try {
      body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UserError(base + " did not answer with JSON (is it a lab serve?)", ExitCode.FAILURE);
    }
    if (response.statusCode() == 401) {
      throw UserError.invalid("lab serve at " + base + " refused the operator token (LAB_OPERATOR_TOKEN)");
    }
    return new Reply(response.statusCode(), body);
  }
}
