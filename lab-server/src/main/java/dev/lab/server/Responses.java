package dev.lab.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;

/** Writes response bodies: problems and JSON documents, always through Jackson. */
final class Responses {
  static final String JSON = "application/json";

  private Responses() {}

  /** Answers with a problem: its status, {@code application/problem+json}, its body. */
  static void problem(Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(bytes(problem.body()));
  }

  /** Answers with a JSON document. */
  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType(JSON).result(bytes(body));
  }

  /** @return the value as JSON (UTF-8) */
  static byte[] bytes(Object value) {
    try {
      return Json.MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a response as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
