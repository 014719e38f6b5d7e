package dev.lab.core.config;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Which file each YAML node came from. Profiles that extend others are bound from node trees merged
 * across files, so a node's own file is what a diagnostic must name.
 */
final class YamlSources {
  private final Map<Node, String> files = new IdentityHashMap<>();

  /** Records every node under {@code root} as coming from {@code file}. */
  void register(Node root, String file) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      files.putIfAbsent(n, file);
      if (n instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          todo.push(t.getKeyNode());
          todo.push(t.getValueNode());
        }
      } else if (n instanceof SequenceNode s) {
        s.getValue().forEach(todo::push);
      }
    }
  }

  /** Records one node created by Lab (a merged mapping) as belonging to {@code file}. */
  void registerOne(Node node, String file) {
    files.put(node, file);
  }

  /** @return the node's file and 1-based line */
  Location locate(Node node) {
    String file = files.get(node);
    if (file == null) {
      throw new IllegalStateException("node from an unregistered file");
    }
    return new Location(file, node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1);
  }
}
