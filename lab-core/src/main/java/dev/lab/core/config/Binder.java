package dev.lab.core.config;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Maps SnakeYAML nodes to the model's records by their {@link Shape}s, reporting every problem with
 * its file, line and property instead of stopping at the first: unknown keys (with a suggestion),
 * duplicate keys, wrong types, missing required properties, values a rule refuses and control
 * characters anywhere. It records where each property was written, for later diagnostics.
 */
final class Binder {
  /** Stands for a value that could not be bound; its problems have been reported. */
  static final Object FAILED = new Object() {
    @Override
    public String toString() {
      return "FAILED";
    }
  };

  private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
      Tag.TIMESTAMP);
  private static final int MAX_DEPTH = 30;

  private final YamlSources sources;
  private final Problems problems;
  private final Map<String, Location> origins;

  /**
   * @param sources the files the nodes came from
   * @param problems where problems go
   * @param origins receives where each file-level property path was written
   */
  Binder(YamlSources sources, Problems problems, Map<String, Location> origins) {
    this.sources = sources;
    this.problems = problems;
    this.origins = origins;
  }

  /** @return the value, or {@link #FAILED} after reporting its problems */
  Object bind(Node node, Shape shape, String path) {
    if (PropertyPath.depth(path) > MAX_DEPTH) {
      return fail(node, path, "is nested too deeply (a recursive YAML alias?)");
    }
    if (!tagAllowed(node)) {
      return fail(node, path, "uses the YAML tag '" + node.getTag().getValue() + "', which Lab does not read");
    }
    if (ScalarValues.handles(shape)) {
      String value = scalar(node, path, ScalarValues.expected(shape));
      if (value == null) {
        return FAILED;
      }
      ScalarValues.Converted c = ScalarValues.convert(value, ((ScalarNode) node).isPlain(), shape);
      return c.problem() == null ? c.value() : fail(node, path, c.problem());
    }
    if (shape instanceof Shape.ListOf l) {
      return list(node, l, path);
    }
    if (shape instanceof Shape.MapOf m) {
      return map(node, m, path);
    }
    Shape.Struct s = (Shape.Struct) shape;
    if (s.scalarForm() && node instanceof ScalarNode) {
      return scalarStruct(node, s, path);
    }
    if (!(node instanceof MappingNode m)) {
      return fail(node, path, "expected a mapping of properties, found " + describe(node));
    }
    return struct(m, s, path, List.of(), Map.of());
  }

  /**
   * Binds a mapping to a record.
   *
   * @param node the mapping
   * @param shape the record's shape
   * @param path the mapping's path
   * @param extraKeys keys the caller reads itself (a document's {@code apiVersion} and {@code kind}), in
   *     the order they are documented
   * @param presets property values the caller decides (a name taken from the file name)
   * @return the record, or {@link #FAILED}
   */
  Object struct(MappingNode node, Shape.Struct shape, String path, List<String> extraKeys,
      Map<String, Object> presets) {
    origins.putIfAbsent(path, sources.locate(node));
    boolean failed = false;
    Map<String, Node> given = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> known = new ArrayList<>(extraKeys);
    shape.properties().forEach(p -> known.add(p.name()));
    for (NodeTuple t : node.getValue()) {
      String key = key(t.getKeyNode(), path);
      if (key == null) {
        failed = true;
        continue;
      }
      String child = PropertyPath.child(path, LabSyntax.printable(key));
      Location at = sources.locate(t.getKeyNode());
      if (seen.containsKey(key)) {
        problems.add(at, child, "duplicate key: '" + LabSyntax.printable(key) + "' is already set on line "
            + seen.get(key));
        failed = true;
        continue;
      }
      seen.put(key, at.line());
      if (extraKeys.contains(key)) {
        continue;
      }
      if (shape.property(key).isEmpty()) {
        problems.add(at, child, "unknown property '" + LabSyntax.printable(key) + "'"
            + Suggest.didYouMean(key, known) + unknownHint(key, known));
        failed = true;
        continue;
      }
      origins.put(child, at);
      given.put(key, t.getValueNode());
    }
    Object[] args = new Object[shape.properties().size()];
    for (int i = 0; i < args.length; i++) {
      Shape.Property p = shape.properties().get(i);
      String child = PropertyPath.child(path, p.name());
      Node value = given.get(p.name());
      if (presets.containsKey(p.name())) {
        args[i] = presets.get(p.name());
      } else if (value == null || isNull(value)) {
        if (p.required()) {
          problems.add(sources.locate(node), child, "is required");
          failed = true;
        }
        args[i] = p.absent();
      } else {
        args[i] = bind(value, p.shape(), child);
        failed |= args[i] == FAILED;
      }
    }
    return failed ? FAILED : construct(node, shape, path, args);
  }

  private Object construct(Node node, Shape.Struct shape, String path, Object[] args) {
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      String why = e.getCause() == null || e.getCause().getMessage() == null ? "is not valid"
          : e.getCause().getMessage();
      return fail(node, path, why);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + shape.type().getName(), e);
    }
  }

  private Object scalarStruct(Node node, Shape.Struct shape, String path) {
    String text = scalar(node, path, "text");
    if (text == null) {
      return FAILED;
    }
    int eq = text.indexOf('=');
    String key = eq < 0 ? text : text.substring(0, eq);
    String value = eq < 0 ? null : text.substring(eq + 1);
    Shape.Text keyShape = (Shape.Text) shape.properties().get(0).shape();
    Shape.Text valueShape = (Shape.Text) shape.properties().get(1).shape();
    String problem = keyShape.rule().problem(key);
    if (problem == null && value != null) {
      problem = valueShape.rule().problem(value);
    }
    if (problem != null) {
      return fail(node, path, problem);
    }
    return construct(node, shape, path, new Object[] {key, value});
  }

  private Object list(Node node, Shape.ListOf shape, String path) {
    if (!(node instanceof SequenceNode seq)) {
      String hint = node instanceof ScalarNode s ? "; for a list of one, write [" + LabSyntax.printable(s.getValue())
          + "]" : "";
      return fail(node, path, "expected a list, found " + describe(node) + hint);
    }
    List<Object> values = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node element = seq.getValue().get(i);
      String child = PropertyPath.index(path, i);
      origins.put(child, sources.locate(element));
      if (isNull(element)) {
        problems.add(sources.locate(element), child, "is empty: give a value or remove the entry");
        failed = true;
        continue;
      }
      Object value = bind(element, shape.element(), child);
      failed |= value == FAILED;
      values.add(value);
    }
    return failed ? FAILED : values;
  }

  private Object map(Node node, Shape.MapOf shape, String path) {
    if (!(node instanceof MappingNode mapping)) {
      return fail(node, path, "expected a mapping, found " + describe(node));
    }
    origins.putIfAbsent(path, sources.locate(node));
    Map<Object, Object> values = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean failed = false;
    for (NodeTuple t : mapping.getValue()) {
      String key = key(t.getKeyNode(), path);
      if (key == null) {
        failed = true;
        continue;
      }
      String child = PropertyPath.child(path, LabSyntax.printable(key));
      Location at = sources.locate(t.getKeyNode());
      if (seen.containsKey(key)) {
        problems.add(at, child, "duplicate key: '" + LabSyntax.printable(key) + "' is already set on line "
            + seen.get(key));
        failed = true;
        continue;
      }
      seen.put(key, at.line());
      origins.put(child, at);
      Object k = bind(t.getKeyNode(), shape.key(), child);
      Object v;
      if (isNull(t.getValueNode())) {
        problems.add(at, child, "has no value");
        v = FAILED;
      } else {
        v = bind(t.getValueNode(), shape.value(), child);
      }
      failed |= k == FAILED || v == FAILED;
      values.put(k, v);
    }
    return failed ? FAILED : values;
  }

  /** @return the key's text, or null after reporting why it is not a plain name */
  private String key(Node keyNode, String path) {
    if (!(keyNode instanceof ScalarNode s)) {
      problems.add(sources.locate(keyNode), path, "keys must be plain names, found " + describe(keyNode));
      return null;
    }
    String problem = ControlCharacters.problem(s.getValue());
    if (problem != null) {
      problems.add(sources.locate(keyNode), PropertyPath.child(path, LabSyntax.printable(s.getValue())),
          "the key " + problem);
      return null;
    }
    return s.getValue();
  }

  /** @return the scalar's text, or null after reporting that it is not text or has control characters */
  private String scalar(Node node, String path, String expected) {
    if (!(node instanceof ScalarNode s)) {
      fail(node, path, "expected " + expected + ", found " + describe(node));
      return null;
    }
    String problem = ControlCharacters.problem(s.getValue());
    if (problem != null) {
      fail(node, path, problem);
      return null;
    }
    return s.getValue();
  }

  private Object fail(Node node, String path, String message) {
    problems.add(sources.locate(node), path, message);
    return FAILED;
  }

  private static boolean tagAllowed(Node node) {
    if (node instanceof ScalarNode) {
      return SCALAR_TAGS.contains(node.getTag());
    }
    return node.getTag().equals(node instanceof MappingNode ? Tag.MAP : Tag.SEQ);
  }

  /** @return whether the node is YAML null: {@code ~}, {@code null} or nothing */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** @return how a node's kind reads in a message */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + TextRule.shown(LabSyntax.printable(((ScalarNode) node).getValue())) + "'";
  }

  private static String unknownHint(String key, List<String> known) {
    return Suggest.closest(key, known) != null ? "" : "; known properties: " + String.join(", ", known);
  }
}
