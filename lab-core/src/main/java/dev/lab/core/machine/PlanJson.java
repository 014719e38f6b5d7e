package dev.lab.core.machine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.KexecAction;
import dev.lab.api.plan.LvmAction;
import dev.lab.api.plan.MkfsAction;
import dev.lab.api.plan.MountAction;
import dev.lab.api.plan.PartitionAction;
import dev.lab.api.plan.RebootAction;
import dev.lab.api.plan.StreamArchiveAction;
import dev.lab.api.plan.WriteFileAction;
import dev.lab.api.plan.WriteImageAction;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON form of a deploy plan, {@code plan.json}: architecture and firmware as their ids, each
 * action an object with its {@code type}, absent values left out, indented for review.
 */
public final class PlanJson {
  /** The name of the rendered file the agent fetches under the onboarding's files token. */
  public static final String FILE_NAME = "plan.json";
  /** Its media type. */
  public static final String MEDIA_TYPE = "application/json";

  private static final ObjectMapper MAPPER = mapper();

  private PlanJson() {}

  /** @return the plan as {@code plan.json} text, ending with a newline */
  public static String write(DeployPlan plan) {
    try {
      return MAPPER.writeValueAsString(plan) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the deploy plan as JSON: " + e.getMessage(), e);
    }
  }

  /** @return the plan as the onboarding's rendered file {@code plan.json} */
  public static RenderedFile file(DeployPlan plan) {
    return new RenderedFile(FILE_NAME, MEDIA_TYPE, write(plan));
  }

  /**
   * @return the plan a {@code plan.json} text describes
   * @throws IllegalArgumentException when the text is not a valid plan
   */
  public static DeployPlan read(String json) {
    try {
      return MAPPER.readValue(json, DeployPlan.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a valid deploy plan: " + e.getMessage(), e);
    }
  }

  private static ObjectMapper mapper() {
    SimpleModule ids = new SimpleModule("lab-plan-ids");
    ids.addSerializer(Architecture.class, new IdSerializer<>(Architecture.class, Architecture::id));
    ids.addSerializer(Firmware.class, new IdSerializer<>(Firmware.class, Firmware::id));
    ids.addDeserializer(Architecture.class, new IdDeserializer<>(Architecture.class));
    ids.addDeserializer(Firmware.class, new IdDeserializer<>(Firmware.class));
    return new ObjectMapper()
        .registerModule(ids)
        .addMixIn(Action.class, ActionTypes.class)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Names each action's JSON object by its type. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = PartitionAction.class, name = "partition"),
      @JsonSubTypes.Type(value = LvmAction.class, name = "lvm"),
      @JsonSubTypes.Type(value = MkfsAction.class, name = "mkfs"),
      @JsonSubTypes.Type(value = MountAction.class, name = "mount"),
      @JsonSubTypes.Type(value = StreamArchiveAction.class, name = "stream-archive"),
      @JsonSubTypes.Type(value = WriteImageAction.class, name = "write-image"),
      @JsonSubTypes.Type(value = WriteFileAction.class, name = "write-file"),
      @JsonSubTypes.Type(value = ChrootAction.class, name = "chroot"),
      @JsonSubTypes.Type(value = RebootAction.class, name = "reboot"),
      @JsonSubTypes.Type(value = KexecAction.class, name = "kexec")})
  private abstract static class ActionTypes {}

  private static final class IdSerializer<E extends Enum<E>> extends JsonSerializer<E> {
    private final Class<E> type;
    private final java.util.function.Function<E, String> id;

    IdSerializer(Class<E> type, java.util.function.Function<E, String> id) {
      this.type = type;
      this.id = id;
    }

    @Override
    public Class<E> handledType() {
      return type;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(id.apply(value));
    }
  }

  private static final class IdDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {
    private final Class<E> type;

    IdDeserializer(Class<E> type) {
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        return (E) ctxt.handleWeirdStringValue(type, text, "not a known " + type.getSimpleName().toLowerCase(Locale.ROOT));
      }
    }
  }
}
