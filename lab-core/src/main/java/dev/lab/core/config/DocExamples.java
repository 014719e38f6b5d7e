package dev.lab.core.config;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the examples and defaults of {@link dev.lab.api.model.Doc} annotations, which are written as
 * a user writes YAML, into nodes of their own virtual file.
 */
final class DocExamples {
  /** The file name nodes of examples are registered under. */
  static final String FILE = "(example)";

  private DocExamples() {}

  /** @return the node a value written in YAML stands for; text shapes keep the text as written */
  static Node parse(String yaml, Shape shape, YamlSources sources) {
    Node node = shape instanceof Shape.Text
        ? new ScalarNode(Tag.STR, yaml, null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN)
        : new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    sources.register(node, FILE);
    return node;
  }
}
