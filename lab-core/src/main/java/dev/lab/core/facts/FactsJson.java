package dev.lab.core.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Reads and writes facts as JSON (the body the discovery agent posts, and the form Lab stores).
 * Reading is strict about types — a number is not a string, a count is not a fraction — and
 * every read is validated; properties Lab does not know are ignored, so a newer agent can add
 * facts.
 */
public final class FactsJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
        .maxStringLength(64 * 1024).build());
  }

  private FactsJson() {
  }

  /**
   * @param json the facts as JSON
   * @return the facts, validated, MACs normalised
   * @throws FactsException when the JSON is malformed or a value breaks a rule
   */
  public static Facts read(String json) {
    Facts facts;
    try {
      facts = MAPPER.readValue(json, Facts.class);
    } catch (JsonMappingException e) {
      throw new FactsException(List.of(new FactProblem(path(e), mappingMessage(e))));
    } catch (JsonProcessingException e) {
      throw new FactsException(List.of(new FactProblem("", "the body is not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
    }
    if (facts == null) {
      throw new FactsException(List.of(new FactProblem("", "the body is empty; facts are a JSON object")));
    }
    return FactsValidator.validate(facts);
  }

  /** @return the facts as compact JSON */
  public static String write(Facts facts) {
    try {
      return MAPPER.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts could not be written as JSON", e);
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String mappingMessage(JsonMappingException e) {
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        ? m.getTargetType() : null;
    if (e.getPath().isEmpty()) {
      return e.getOriginalMessage().startsWith("Trailing token") ? "the body holds more than one JSON value"
          : "the body is not a facts object: expected a JSON object";
    }
    if (target == null) {
      return "has the wrong shape";
    }
    if (target == String.class) {
      return "must be a string";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
      return "must be a whole number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "must be true or false";
    }
    if (List.class.isAssignableFrom(target)) {
      return "must be a list";
    }
    return "must be an object";
  }
}
