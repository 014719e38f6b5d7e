package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed JSON Schemas ({@code docs/schema/}) and reference ({@code
 * docs/reference/lab-directory.md}) are exactly what the code generates. Regenerate them with
 * {@code -Dlab.bless=true}.
 */
class SchemaDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("lab.docs", "../docs"));

  @Test
  void committedSchemasAndReferenceAreUpToDate() throws Exception {
    Map<Path, String> generated = new TreeMap<>();
    LabSchema.jsonSchemas().forEach((name, json) -> generated.put(DOCS.resolve("schema").resolve(name), json));
    generated.put(DOCS.resolve("reference").resolve("lab-directory.md"), LabSchema.reference());
    List<Path> stale = new ArrayList<>();
    if (Files.isDirectory(DOCS.resolve("schema"))) {
      try (Stream<Path> files = Files.list(DOCS.resolve("schema"))) {
        files.filter(f -> f.toString().endsWith(".schema.json") && !generated.containsKey(f)).forEach(stale::add);
      }
    }
    if (Boolean.getBoolean("lab.bless")) {
      for (Map.Entry<Path, String> e : generated.entrySet()) {
        Files.createDirectories(e.getKey().getParent());
        Files.writeString(e.getKey(), e.getValue());
      }
      for (Path p : stale) {
        Files.delete(p);
      }
      return;
    }
    List<String> outdated = new ArrayList<>();
    for (Map.Entry<Path, String> e : generated.entrySet()) {
      if (!Files.isRegularFile(e.getKey()) || !Files.readString(e.getKey()).equals(e.getValue())) {
        outdated.add(e.getKey() + " differs from what the code generates");
      }
    }
    stale.forEach(p -> outdated.add(p + " is not generated any more"));
    assertThat(outdated).as("regenerate with: " + LabSchema.REGENERATE).isEmpty();
  }

  @Test
  void everyFileKindHasAStrictSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> schemas = LabSchema.jsonSchemas();

    assertThat(schemas).containsOnlyKeys("lab.schema.json", "profile.schema.json", "server.schema.json",
        "images.schema.json", "rules.schema.json");
    for (DocumentKind kind : DocumentKind.values()) {
      JsonNode schema = mapper.readTree(schemas.get(kind.schemaName() + ".schema.json"));
      assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(kind.kind());
      assertThat(schema.at("/properties/apiVersion/const").asText()).isEqualTo(LabDirectory.API_VERSION);
      assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
      schema.at("/$defs").forEach(def -> assertThat(def.get("additionalProperties").asBoolean()).isFalse());
    }
    JsonNode server = mapper.readTree(schemas.get("server.schema.json"));
    assertThat(server.get("required")).extracting(JsonNode::asText).containsExactly("apiVersion", "kind", "arch", "nics");
    assertThat(server.at("/$defs/NetInterface/properties/vlanId/maximum").asInt()).isEqualTo(4094);
  }

  @Test
  void schemaPatternsAcceptWhatTheLoaderAcceptsInTheExample() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode server = mapper.readTree(LabSchema.jsonSchemas().get("server.schema.json"));
    Pattern mac = Pattern.compile(server.at("/$defs/Nic/properties/mac/pattern").asText());
    Pattern name = Pattern.compile(server.at("/properties/name/pattern").asText());

    assertThat(mac.matcher("52:54:00:12:34:56").matches()).isTrue();
    assertThat(mac.matcher("52:54:00:12:34:5g").matches()).isFalse();
    assertThat(name.matcher("web01").matches()).isTrue();
    assertThat(name.matcher("web01\nreboot").find()).isFalse();
  }

  @Test
  void referenceDocumentsEveryFileAndType() {
    String reference = LabSchema.reference();

    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(reference).contains("## " + kind.file() + " (kind " + kind.kind() + ")");
    }
    List<Class<?>> bodies = Stream.of(DocumentKind.values()).<Class<?>>map(DocumentKind::body).toList();
    for (Shape.Struct type : DocExamplesTest.reachable().values()) {
      if (!bodies.contains(type.type())) {
        assertThat(reference).contains("### " + type.type().getSimpleName());
      }
    }
  }
}
