package dev.lab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lab.api.model.Doc;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Writes the JSON Schema (draft 2020-12) of one kind of lab directory file from its {@link Shape}s. */
final class JsonSchemaWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * For text checked by code rather than a pattern: at least refuse the control, separator and
   * invisible characters {@link ControlCharacters} refuses (their common part).
   */
  static final String NO_CONTROL_CHARACTERS =
      "^[^\\x00-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF]*$";

  private final Map<String, ObjectNode> defs = new LinkedHashMap<>();
  private final YamlSources sources = new YamlSources();

  /** @return the schema of one kind of file */
  static ObjectNode schema(DocumentKind kind) {
    return new JsonSchemaWriter().document(kind);
  }

  private ObjectNode document(DocumentKind kind) {
    Shape.Struct body = Shapes.of(kind.body());
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Lab " + kind.kind() + " file (" + kind.file() + ")");
    root.put("description", kind.description());
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("apiVersion").put("description", "File format version.")
        .put("const", DocumentKind.API_VERSION);
    properties.putObject("kind").put("description", "What the file holds.").put("const", kind.kind());
    if (kind.headerKeys().contains("extends")) {
      ObjectNode ext = text(LabSyntax.NAME);
      ext.put("description", "A profile this one extends: its properties apply unless this profile sets "
          + "them; mappings merge key by key, lists are replaced. " + ext.get("description").asText());
      properties.set("extends", ext);
    }
    ArrayNode required = root.putArray("required").add("apiVersion").add("kind");
    ArrayNode bodyRequired = JSON.arrayNode();
    for (Shape.Property p : body.properties()) {
      boolean named = kind.namedByFile() && p.name().equals("name");
      ObjectNode schema = property(p);
      if (named) {
        schema.put("description", "Defaults to the file name and must match it. " + schema.get("description").asText());
      } else if (p.required()) {
        bodyRequired.add(p.name());
      }
      properties.set(p.name(), schema);
    }
    if (kind.headerKeys().contains("extends")) {
      ObjectNode unlessExtending = root.putObject("if");
      unlessExtending.putArray("required").add("extends");
      root.putObject("else").set("required", bodyRequired);
    } else {
      required.addAll(bodyRequired);
    }
    root.put("additionalProperties", false);
    if (!defs.isEmpty()) {
      ObjectNode all = root.putObject("$defs");
      defs.keySet().stream().sorted().forEach(name -> all.set(name, defs.get(name)));
    }
    return root;
  }

  private ObjectNode property(Shape.Property p) {
    ObjectNode schema = of(p.shape());
    Doc doc = p.doc();
    if (doc == null) {
      return schema;
    }
    String syntax = schema.has("description") ? " " + schema.get("description").asText() : "";
    ObjectNode withDoc = JSON.objectNode();
    withDoc.put("description", doc.value() + syntax);
    schema.remove("description");
    withDoc.setAll(schema);
    if (!doc.defaultValue().isEmpty()) {
      withDoc.set("default", json(DocExamples.parse(doc.defaultValue(), p.shape(), sources), p.shape()));
    }
    if (!doc.example().isEmpty()) {
      withDoc.putArray("examples").add(json(DocExamples.parse(doc.example(), p.shape(), sources), p.shape()));
    }
    return withDoc;
  }

  private ObjectNode of(Shape shape) {
    if (shape instanceof Shape.Text t) {
      return text(t.rule());
    }
    ObjectNode s = JSON.objectNode();
    if (shape instanceof Shape.Whole w) {
      s.put("type", "integer");
      if (w.min() != Integer.MIN_VALUE) {
        s.put("minimum", w.min());
      }
      if (w.max() != Integer.MAX_VALUE) {
        s.put("maximum", w.max());
      }
    } else if (shape instanceof Shape.Bool) {
      s.put("type", "boolean");
    } else if (shape instanceof Shape.Choice c) {
      s.put("type", "string");
      ArrayNode values = s.putArray("enum");
      c.words().forEach(values::add);
    } else if (shape instanceof Shape.SizeText) {
      s.put("description", "A size: a number with a unit (KiB, MiB, GiB, TiB powers of 1024; KB, MB, GB, TB "
          + "powers of 1000; K, M, G, T alone are powers of 1024), or 'rest' for all remaining space.");
      s.putArray("type").add("string").add("integer");
    } else if (shape instanceof Shape.DurationText) {
      s.put("description", "A duration: numbers with units d, h, m, s, such as 30m, 24h or 1d12h.");
      s.put("type", "string");
      s.put("minLength", 2);
      s.put("pattern", anchored(ScalarValues.DURATION));
    } else if (shape instanceof Shape.ListOf l) {
      s.put("type", "array");
      s.set("items", of(l.element()));
    } else if (shape instanceof Shape.MapOf m) {
      s.put("type", "object");
      ObjectNode keys = of(m.key());
      keys.remove("description");
      s.set("propertyNames", keys);
      s.set("additionalProperties", of(m.value()));
    } else {
      return struct((Shape.Struct) shape);
    }
    return s;
  }

  private ObjectNode text(TextRule rule) {
    ObjectNode s = JSON.objectNode();
    s.put("description", "Syntax: " + rule.description() + ".");
    s.putArray("type").add("string").add("number");
    s.put("minLength", 1);
    s.put("pattern", rule.pattern() != null ? anchored(rule.pattern()) : NO_CONTROL_CHARACTERS);
    return s;
  }

  private ObjectNode struct(Shape.Struct shape) {
    String name = shape.type().getSimpleName();
    if (!defs.containsKey(name)) {
      defs.put(name, JSON.objectNode());
      ObjectNode def = JSON.objectNode();
      def.put("description", shape.doc());
      def.put("type", "object");
      ObjectNode properties = def.putObject("properties");
      ArrayNode required = JSON.arrayNode();
      for (Shape.Property p : shape.properties()) {
        properties.set(p.name(), property(p));
        if (p.required()) {
          required.add(p.name());
        }
      }
      if (!required.isEmpty()) {
        def.set("required", required);
      }
      def.put("additionalProperties", false);
      defs.put(name, def);
    }
    ObjectNode ref = JSON.objectNode().put("$ref", "#/$defs/" + name);
    if (!shape.scalarForm()) {
      return ref;
    }
    TextRule key = ((Shape.Text) shape.properties().get(0).shape()).rule();
    TextRule value = ((Shape.Text) shape.properties().get(1).shape()).rule();
    ObjectNode scalar = JSON.objectNode().put("type", "string")
        .put("pattern", "^(" + key.pattern() + ")(=(" + value.pattern() + "))?$");
    ObjectNode either = JSON.objectNode();
    either.put("description", "Written as key=value (or key alone), or as a mapping.");
    either.putArray("anyOf").add(scalar).add(ref);
    return either;
  }

  /** @return the JSON a YAML value stands for, read by its shape (text stays text) */
  private static JsonNode json(Node node, Shape shape) {
    if (node instanceof SequenceNode seq && shape instanceof Shape.ListOf l) {
      ArrayNode array = JSON.arrayNode();
      seq.getValue().forEach(n -> array.add(json(n, l.element())));
      return array;
    }
    if (node instanceof MappingNode map) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple t : map.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        Shape value = shape instanceof Shape.MapOf m ? m.value()
            : ((Shape.Struct) shape).property(key).orElseThrow().shape();
        object.set(key, json(t.getValueNode(), value));
      }
      return object;
    }
    String text = ((ScalarNode) node).getValue();
    if (shape instanceof Shape.Whole) {
      return JSON.numberNode(Integer.parseInt(text));
    }
    if (shape instanceof Shape.Bool) {
      return JSON.booleanNode(Boolean.parseBoolean(text));
    }
    return JSON.textNode(text);
  }

  private static String anchored(String regex) {
    return "^(" + regex + ")$";
  }
}
