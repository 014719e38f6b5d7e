package dev.lab.plugins.vyos.config;

import dev.lab.plugins.vyos.config.ConfigNode.Kind;
import java.util.ArrayList;
import java.util.List;

/** Helpers for tests that compare configuration trees. */
public final class ConfigTreesForTests {
  private ConfigTreesForTests() {}

  /**
   * @return the tree's shape: one line per node with its path, kind and number of values, tag
   *     instances shown as {@code *} — two trees with the same shape have the same nodes, whatever
   *     their values and tag values
   */
  public static List<String> shape(ConfigNode root) {
    List<String> lines = new ArrayList<>();
    walk(root, "", lines);
    return lines;
  }

  private static void walk(ConfigNode node, String path, List<String> lines) {
    for (ConfigNode child : node.children()) {
      String name = node.kind() == Kind.TAG ? "*" : child.name();
      String childPath = path + "/" + name;
      lines.add(childPath + " " + child.kind() + " " + child.values().size());
      walk(child, childPath, lines);
    }
  }
}
