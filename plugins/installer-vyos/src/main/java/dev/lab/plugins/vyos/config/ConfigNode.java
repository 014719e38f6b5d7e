package dev.lab.plugins.vyos.config;

import java.util.List;
import java.util.Objects;

/**
 * One node of a VyOS configuration tree, immutable.
 *
 * <p>The kinds follow VyOS's interface definitions and its {@code config.boot} syntax:
 * <ul>
 *   <li>{@link Kind#NODE}: a container, written {@code name { ... }};
 *   <li>{@link Kind#TAG}: a tag node whose children are its instances (each a {@code NODE} named
 *       by the tag value), written {@code name value { ... }} once per instance;
 *   <li>{@link Kind#LEAF}: a leaf with zero (valueless) or more values, written {@code name
 *       "value"} once per value, or {@code name} alone.
 * </ul>
 *
 * @param name the node's name: a keyword, a tag value, or empty for the root
 * @param kind its kind
 * @param values a leaf's values in order; empty for other kinds
 * @param children a container's or tag node's children in order; empty for a leaf
 */
public record ConfigNode(String name, Kind kind, List<String> values, List<ConfigNode> children) {

  /** The kinds of node. */
  public enum Kind {
    NODE,
    TAG,
    LEAF
  }

  public ConfigNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    children = List.copyOf(children);
    if (kind == Kind.LEAF && !children.isEmpty()) {
      throw new IllegalArgumentException("leaf " + name + " cannot have children");
    }
    if (kind != Kind.LEAF && !values.isEmpty()) {
      throw new IllegalArgumentException("node " + name + " cannot have values");
    }
    if (kind == Kind.TAG && children.stream().anyMatch(c -> c.kind() != Kind.NODE)) {
      throw new IllegalArgumentException("the instances of tag node " + name + " must be nodes");
    }
  }

  /** @return an empty root node */
  public static ConfigNode root(List<ConfigNode> children) {
    return new ConfigNode("", Kind.NODE, List.of(), children);
  }

  /** @return the child with this name, or null */
  public ConfigNode child(String childName) {
    return children.stream().filter(c -> c.name().equals(childName)).findFirst().orElse(null);
  }

  /**
   * Follows a path of names from this node, tag values included, for example {@code system,
   * login, user, ops}.
   *
   * @return the node at the end of the path, or null when there is none
   */
  public ConfigNode at(String... path) {
    ConfigNode node = this;
    for (String step : path) {
      node = node.child(step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}
