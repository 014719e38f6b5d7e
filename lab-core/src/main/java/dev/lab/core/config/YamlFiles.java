package dev.lab.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one lab directory file into SnakeYAML's node tree ({@code compose}, which keeps every
 * node's line). Invalid UTF-8, invalid YAML and empty files become diagnostics.
 */
final class YamlFiles {
  /** Files larger than this are refused: no lab file comes near it. */
  static final int MAX_BYTES = 1 << 20;

  private YamlFiles() {}

  /**
   * @param path the file
   * @param name its name relative to the lab directory, for diagnostics
   * @param problems where problems go
   * @return the document's root node, empty when the file could not be read
   */
  static Optional<Node> read(Path path, String name, Problems problems) {
    String text;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.add(new Location(name, 0), "", "is larger than 1 MiB; a lab file never needs that much");
        return Optional.empty();
      }
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new Location(name, 0), "", "is not UTF-8 text: save it as UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      problems.add(new Location(name, 0), "", "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name, problems);
  }

  /** @return the 1-based line of a mark, at most the text's last line; 0 without a mark */
  private static int line(Mark mark, String text) {
    if (mark == null) {
      return 0;
    }
    int lines = (int) text.lines().count();
    return Math.max(1, Math.min(mark.getLine() + 1, lines));
  }

  /** Parses YAML text; see {@link #read}. */
  static Optional<Node> parse(String text, String name, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMergeOnCompose(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(40);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(MAX_BYTES);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        problems.add(new Location(name, 0), "", "is empty: it needs at least apiVersion and kind");
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      if (e.getContext() != null && e.getContext().startsWith("expected a single document")) {
        problems.add(new Location(name, line(e.getProblemMark(), text)), "",
            "a second YAML document starts here: a lab file holds one document");
        return Optional.empty();
      }
      Mark at = e.getProblem().contains("<stream end>") && e.getContextMark() != null
          ? e.getContextMark() : e.getProblemMark();
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      problems.add(new Location(name, line(at, text)), "", "invalid YAML: " + context + e.getProblem());
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(new Location(name, 0), "", "invalid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }
}
