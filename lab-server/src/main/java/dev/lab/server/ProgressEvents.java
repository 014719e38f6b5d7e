package dev.lab.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lab.core.onboard.ProgressEvent;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a progress event body: Lab's own JSON ({@code {"type": "...", "message": "..."}}, with an
 * optional {@code data} object and {@code failure} flag; {@code install-failed} is a failure) or
 * the reporting webhook body of subiquity and curtin ({@code name}, {@code description}, {@code
 * event_type}, {@code result}, {@code origin}, {@code timestamp}, {@code level}).
 *
 * <p>A webhook event becomes {@code installer-<event_type>} with {@code "<name>: <description>"}
 * as its message and its fields as data. It is a failure when it finishes a top-level step (a name
 * of at most three {@code /}-separated parts, such as {@code subiquity/Install/install}) with the
 * result {@code FAIL} or {@code ERROR}: a failed inner step fails its parents too, so the
 * top-level one decides.
 */
final class ProgressEvents {
  static final String FAILED = "install-failed";
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
  private static final int MAX_MESSAGE = 2000;
  private static final int TOP_LEVEL_DEPTH = 3;
  private static final Set<String> FAILURE_RESULTS = Set.of("FAIL", "ERROR");

  private ProgressEvents() {}

  /** @throws ProblemException 400 when the body is neither form, or a field is malformed */
  static ProgressEvent parse(byte[] body) {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw malformed("the body is not JSON");
    }
    if (json == null || !json.isObject()) {
      throw malformed("the body must be a JSON object");
    }
    if (json.has("event_type")) {
      return webhook(json);
    }
    if (json.has("type")) {
      return lab(json);
    }
    throw malformed("the body has neither a \"type\" (Lab's events) nor an \"event_type\" (installer webhooks)");
  }

  private static ProgressEvent lab(JsonNode json) {
    String type = text(json, "type", true);
    if (!TYPE.matcher(type).matches()) {
      throw malformed("\"type\" must be a lowercase word of letters, digits, '.', '_' or '-', at most 64 long");
    }
    String message = message(text(json, "message", false));
    JsonNode data = json.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      throw malformed("\"data\" must be a JSON object");
    }
    JsonNode failure = json.get("failure");
    if (failure != null && !failure.isBoolean()) {
      throw malformed("\"failure\" must be true or false");
    }
    boolean failed = type.equals(FAILED) || failure != null && failure.asBoolean();
    return new ProgressEvent(type, message, data == null || data.isNull() ? null : write(data), failed);
  }

  private static ProgressEvent webhook(JsonNode json) {
    String eventType = text(json, "event_type", true).toLowerCase(Locale.ROOT);
    String type = "installer-" + eventType.replaceAll("[^a-z0-9]", "-");
    if (!TYPE.matcher(type).matches()) {
      throw malformed("\"event_type\" must be a short word such as start or finish");
    }
    String name = text(json, "name", false);
    String description = text(json, "description", false);
    String result = text(json, "result", false);
    String message = message(name == null ? description
        : description == null || description.isEmpty() ? name : name + ": " + description);
    ObjectNode data = Json.MAPPER.createObjectNode();
    for (String field : new String[] {"name", "origin", "event_type", "result", "level", "timestamp"}) {
      JsonNode value = json.get(field);
      if (value != null && value.isValueNode()) {
        data.set(field, value);
      }
    }
    boolean failed = eventType.equals("finish") && result != null
        && FAILURE_RESULTS.contains(result.toUpperCase(Locale.ROOT))
        && (name == null || name.split("/").length <= TOP_LEVEL_DEPTH);
    return new ProgressEvent(type, message, write(data), failed);
  }

  private static String text(JsonNode json, String field, boolean required) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw malformed("\"" + field + "\" is missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw malformed("\"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private static String message(String text) {
    if (text == null) {
      return null;
    }
    String clean = text.codePoints()
        .map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return clean.length() <= MAX_MESSAGE ? clean : clean.substring(0, MAX_MESSAGE) + "…";
  }

  private static String write(JsonNode data) {
    try {
      return Json.MAPPER.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event data as JSON", e);
    }
  }

  private static ProblemException malformed(String detail) {
    return ProblemException.badRequest("malformed-event", detail);
  }
}
