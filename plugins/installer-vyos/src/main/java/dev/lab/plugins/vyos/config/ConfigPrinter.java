package dev.lab.plugins.vyos.config;

import dev.lab.api.Escape;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a configuration tree in VyOS's {@code config.boot} syntax, as VyOS 1.4 itself saves it:
 * four-space indentation, every leaf value in double quotes, tag values bare. This is the only
 * place that turns values into {@code config.boot} text, so these rules hold for every value:
 *
 * <ul>
 *   <li>a leaf value is always double-quoted, with {@code "} written as {@code \"}; a value with a
 *       control character (tab excepted), a Unicode line separator or a backslash is refused with
 *       {@link IllegalArgumentException} (VyOS's loader doubles backslashes in quoted values that end
 *       a line, so no escaping of them would survive);
 *   <li>a tag value is written bare only when it is a plain word starting with a letter or digit,
 *       and quoted by the same rule otherwise;
 *   <li>node names must be lowercase keywords; comments must be one line.
 * </ul>
 *
 * Hence no value can open or close a node, start a comment or add a line.
 */
public final class ConfigPrinter {
  private static final Pattern KEYWORD = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:@+,=%/-]*");
  private static final String INDENT = "    ";

  private ConfigPrinter() {}

  /**
   * @param root the tree's root (its name is not printed)
   * @param header comment lines written first, each as {@code // line}
   * @param footer comment lines written after a blank line following the tree, each as {@code //
   *     line}
   * @return the {@code config.boot} text
   * @throws IllegalArgumentException if a value, name or comment cannot be written safely
   */
  public static String print(ConfigNode root, List<String> header, List<String> footer) {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      comment(out, line);
    }
    for (ConfigNode child : root.children()) {
      node(out, child, 0);
    }
    if (!footer.isEmpty()) {
      out.append('\n');
      for (String line : footer) {
        comment(out, line);
      }
    }
    return out.toString();
  }

  /**
   * @return the value as a double-quoted {@code config.boot} string
   * @throws IllegalArgumentException if it cannot be written safely
   */
  public static String quote(String value) {
    Escape.requireSingleLine(value, "config.boot");
    if (value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("a config.boot value cannot contain a backslash");
    }
    return '"' + value.replace("\"", "\\\"") + '"';
  }

  private static void node(StringBuilder out, ConfigNode node, int level) {
    String indent = INDENT.repeat(level);
    String name = keyword(node.name());
    switch (node.kind()) {
      case LEAF -> {
        if (node.values().isEmpty()) {
          out.append(indent).append(name).append('\n');
        }
        for (String value : node.values()) {
          out.append(indent).append(name).append(' ').append(quote(value)).append('\n');
        }
      }
      case NODE -> block(out, indent + name, node.children(), level);
      case TAG -> {
        if (node.children().isEmpty()) {
          throw new IllegalArgumentException("tag node " + name + " has no instance");
        }
        for (ConfigNode instance : node.children()) {
          block(out, indent + name + ' ' + tagValue(instance.name()), instance.children(), level);
        }
      }
    }
  }

  private static void block(StringBuilder out, String opening, List<ConfigNode> children, int level) {
    out.append(opening).append(" {\n");
    for (ConfigNode child : children) {
      node(out, child, level + 1);
    }
    out.append(INDENT.repeat(level)).append("}\n");
  }

  private static String tagValue(String value) {
    return BARE.matcher(value).matches() ? value : quote(value);
  }

  private static String keyword(String name) {
    if (!KEYWORD.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a configuration keyword");
    }
    return name;
  }

  private static void comment(StringBuilder out, String line) {
    Escape.requireSingleLine(line, "config.boot comment");
    out.append("// ").append(line).append('\n');
  }
}
