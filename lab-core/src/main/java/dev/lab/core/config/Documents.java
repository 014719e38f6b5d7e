package dev.lab.core.config;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Checks the {@code apiVersion} and {@code kind} of a lab directory file. */
final class Documents {
  private Documents() {}

  /**
   * @param root the file's root node
   * @param kind the kind the file must have
   * @param sources where nodes came from
   * @param problems where problems go
   * @return the root mapping when the header is right; empty after reporting why not
   */
  static Optional<MappingNode> open(Node root, DocumentKind kind, YamlSources sources, Problems problems) {
    Location at = sources.locate(root);
    if (!(root instanceof MappingNode mapping)) {
      problems.add(at, "", "expected a mapping with apiVersion, kind and the " + kind.kind()
          + " properties, found " + Binder.describe(root));
      return Optional.empty();
    }
    boolean ok = check(mapping, "apiVersion", DocumentKind.API_VERSION, "unsupported version", sources, problems,
        kind);
    ok &= check(mapping, "kind", kind.kind(), "wrong kind", sources, problems, kind);
    return ok ? Optional.of(mapping) : Optional.empty();
  }

  /** @return the value node of a top-level key, if present */
  static Optional<NodeTuple> find(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)).findFirst();
  }

  private static boolean check(MappingNode mapping, String key, String expected, String wrong,
      YamlSources sources, Problems problems, DocumentKind kind) {
    Optional<NodeTuple> tuple = find(mapping, key);
    if (tuple.isEmpty()) {
      problems.add(sources.locate(mapping), key, "is required: write " + key + ": " + expected);
      return false;
    }
    Node value = tuple.get().getValueNode();
    String text = value instanceof ScalarNode s ? s.getValue() : null;
    if (expected.equals(text)) {
      return true;
    }
    String found = text == null ? Binder.describe(value) : "'" + TextRule.shown(LabSyntax.printable(text)) + "'";
    String where = key.equals("kind") ? " (" + kind.file() + " holds " + kind.kind() + ")" : "";
    problems.add(sources.locate(value), key, wrong + " " + found + ": expected " + expected + where);
    return false;
  }
}
