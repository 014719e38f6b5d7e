package dev.lab.plugins.vyos.config;

import dev.lab.plugins.vyos.config.ConfigLexer.Token;
import dev.lab.plugins.vyos.config.ConfigLexer.Type;
import dev.lab.plugins.vyos.config.ConfigNode.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code config.boot} text into a {@link ConfigNode} tree, by the grammar of VyOS's own
 * parser (vyos1x-config):
 *
 * <pre>
 *   config  := content* EOF
 *   content := COMMENT* ID '{' content* '}'            a node
 *            | COMMENT* ID value '{' content* '}'      an instance of a tag node
 *            | COMMENT* ID [value] (NEWLINE | EOF)     a leaf
 *   value   := STRING | ID
 * </pre>
 *
 * Like VyOS, siblings of the same name are merged (a repeated leaf collects its values, repeated
 * tag nodes collect their instances) and a merge that yields two children of the same name, or a
 * name used for two kinds of node, is an error. Comments are dropped. Unlike VyOS, siblings keep
 * the order they are written in.
 */
public final class ConfigParser {
  private final ConfigLexer lexer;
  private Token token;

  private ConfigParser(String text) {
    this.lexer = new ConfigLexer(text);
    this.token = lexer.next();
  }

  /**
   * @param text {@code config.boot} text
   * @return the root of its tree
   * @throws ConfigSyntaxException if the text does not parse
   */
  public static ConfigNode parse(String text) {
    ConfigParser parser = new ConfigParser(text);
    List<ConfigNode> children = parser.contents(Type.EOF);
    return ConfigNode.root(merge("the top level", children));
  }

  private void advance() {
    token = lexer.next();
  }

  private List<ConfigNode> contents(Type end) {
    List<ConfigNode> nodes = new ArrayList<>();
    while (token.type() != end) {
      nodes.add(content());
    }
    return nodes;
  }

  private ConfigNode content() {
    while (token.type() == Type.COMMENT) {
      advance();
    }
    if (token.type() != Type.ID) {
      throw invalid();
    }
    String name = token.text();
    advance();
    if (token.type() == Type.LBRACE) {
      return new ConfigNode(name, Kind.NODE, List.of(), block(name));
    }
    if (token.type() == Type.ID || token.type() == Type.STRING) {
      String value = token.text();
      advance();
      if (token.type() == Type.LBRACE) {
        ConfigNode instance = new ConfigNode(value, Kind.NODE, List.of(), block(name + " " + value));
        return new ConfigNode(name, Kind.TAG, List.of(), List.of(instance));
      }
      endOfLeaf();
      return new ConfigNode(name, Kind.LEAF, List.of(value), List.of());
    }
    endOfLeaf();
    return new ConfigNode(name, Kind.LEAF, List.of(), List.of());
  }

  private void endOfLeaf() {
    if (token.type() == Type.NEWLINE) {
      advance();
    } else if (token.type() != Type.EOF) {
      throw invalid();
    }
  }

  private List<ConfigNode> block(String label) {
    advance();
    List<ConfigNode> children = contents(Type.RBRACE);
    advance();
    return merge("node \"" + label + "\"", children);
  }

  private ConfigSyntaxException invalid() {
    String found = switch (token.type()) {
      case EOF -> "the end of the file";
      case NEWLINE -> "the end of the line";
      case LBRACE -> "'{'";
      case RBRACE -> "'}'";
      default -> "'" + token.text() + "'";
    };
    return new ConfigSyntaxException(token.line(), token.column(), "unexpected " + found);
  }

  private static List<ConfigNode> merge(String where, List<ConfigNode> nodes) {
    Map<String, ConfigNode> merged = new LinkedHashMap<>();
    for (ConfigNode node : nodes) {
      ConfigNode earlier = merged.get(node.name());
      merged.put(node.name(), earlier == null ? node : combine(where, earlier, node));
    }
    return List.copyOf(merged.values());
  }

  private static ConfigNode combine(String where, ConfigNode a, ConfigNode b) {
    if (a.kind() != b.kind()) {
      throw new ConfigSyntaxException(where + " uses \"" + a.name() + "\" for two kinds of node");
    }
    List<String> values = new ArrayList<>(a.values());
    values.addAll(b.values());
    List<ConfigNode> children = new ArrayList<>(a.children());
    children.addAll(b.children());
    if (children.stream().map(ConfigNode::name).distinct().count() != children.size()) {
      throw new ConfigSyntaxException(
          where + " has \"" + a.name() + "\" twice with children of the same name");
    }
    return new ConfigNode(a.name(), a.kind(), values, children);
  }
}
