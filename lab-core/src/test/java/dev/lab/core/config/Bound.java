package dev.lab.core.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The result of binding one YAML text to a record in a test.
 *
 * @param value the record, or {@link Binder#FAILED}
 * @param problems the problems, as printed
 * @param origins where each property was written
 */
record Bound(Object value, List<String> problems, Map<String, Location> origins) {
  static final String FILE = "test.yaml";

  /** Binds {@code yaml} to {@code type} as the whole file {@code test.yaml}. */
  static Bound of(String yaml, Class<?> type) {
    Problems problems = new Problems();
    Map<String, Location> origins = new HashMap<>();
    YamlSources sources = new YamlSources();
    Node root = YamlFiles.parse(yaml, FILE, problems).orElse(null);
    Object value = Binder.FAILED;
    if (root != null) {
      sources.register(root, FILE);
      Binder binder = new Binder(sources, problems, origins);
      value = root instanceof MappingNode m
          ? binder.struct(m, Shapes.of(type), "", List.of(), Map.of())
          : binder.bind(root, Shapes.of(type), "");
    }
    return new Bound(value, problems.sorted().stream().map(Diagnostic::toString).toList(), origins);
  }

  @SuppressWarnings("unchecked")
  <T> T as(Class<T> type) {
    if (value == Binder.FAILED) {
      throw new AssertionError("binding failed: " + problems);
    }
    return (T) value;
  }
}
