package dev.lab.plugins.vyos.config;

import dev.lab.plugins.vyos.config.ConfigNode.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ConfigNode} tree by paths, the way {@code set} commands do: containers, tag
 * instances and leaves are created on first use and merged on later use. {@link #build()} lists
 * siblings in VyOS's order (names compared with digit runs as numbers); a leaf keeps its values in
 * the order they were added, without duplicates.
 */
public final class ConfigTreeBuilder {
  private final String name;
  private final Kind kind;
  private final List<String> values = new ArrayList<>();
  private final Map<String, ConfigTreeBuilder> children = new LinkedHashMap<>();

  /** Starts an empty tree (its root). */
  public ConfigTreeBuilder() {
    this("", Kind.NODE);
  }

  private ConfigTreeBuilder(String name, Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  /** @return the container child with this name, created if needed */
  public ConfigTreeBuilder node(String childName) {
    return child(childName, Kind.NODE);
  }

  /** @return the instance {@code value} of tag node {@code tagName}, both created if needed */
  public ConfigTreeBuilder tag(String tagName, String value) {
    return child(tagName, Kind.TAG).child(value, Kind.NODE);
  }

  /** Adds a value to the leaf with this name (created if needed); returns this node. */
  public ConfigTreeBuilder leaf(String leafName, String value) {
    return leaves(leafName, List.of(value));
  }

  /**
   * Adds values to the leaf with this name, created if needed; nothing is created for no values.
   * Returns this node.
   */
  public ConfigTreeBuilder leaves(String leafName, List<String> leafValues) {
    if (leafValues.isEmpty()) {
      return this;
    }
    ConfigTreeBuilder leaf = child(leafName, Kind.LEAF);
    for (String v : leafValues) {
      if (!leaf.values.contains(v)) {
        leaf.values.add(v);
      }
    }
    return this;
  }

  /** Sets the valueless leaf with this name; returns this node. */
  public ConfigTreeBuilder flag(String leafName) {
    ConfigTreeBuilder leaf = child(leafName, Kind.LEAF);
    if (!leaf.values.isEmpty()) {
      throw new IllegalStateException(leafName + " already has values");
    }
    return this;
  }

  /** @return the immutable tree from this node down */
  public ConfigNode build() {
    List<ConfigNode> built = children.values().stream()
        .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.name, b.name))
        .map(ConfigTreeBuilder::build)
        .toList();
    return new ConfigNode(name, kind, values, built);
  }

  private ConfigTreeBuilder child(String childName, Kind childKind) {
    if (kind == Kind.LEAF) {
      throw new IllegalStateException("leaf " + name + " cannot have children");
    }
    if (kind == Kind.TAG && childKind != Kind.NODE) {
      throw new IllegalStateException("tag node " + name + " holds instances only");
    }
    ConfigTreeBuilder existing = children.get(childName);
    if (existing == null) {
      existing = new ConfigTreeBuilder(childName, childKind);
      children.put(childName, existing);
    } else if (existing.kind != childKind) {
      throw new IllegalStateException(childName + " is a " + existing.kind + ", not a " + childKind);
    }
    return existing;
  }
}
