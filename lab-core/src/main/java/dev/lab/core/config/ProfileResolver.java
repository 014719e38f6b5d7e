package dev.lab.core.config;

import dev.lab.api.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Resolves {@code extends} between profiles: reports unknown parents and cycles, merges each
 * profile's YAML over its ancestors' (mappings key by key, the extending profile's values winning,
 * lists replaced whole) and binds the result. Because merging happens on the node tree, every
 * inherited property keeps the file and line of the profile that set it.
 */
final class ProfileResolver {
  private static final Set<String> NOT_INHERITED = Set.of("apiVersion", "kind", "extends", "name");

  /**
   * A profile file whose header is right, before resolution.
   *
   * @param name the profile's name (from the file name)
   * @param file the file, relative to the lab directory
   * @param root its root mapping
   */
  record Source(String name, String file, MappingNode root) {}

  private final YamlSources sources;
  private final Problems problems;

  ProfileResolver(YamlSources sources, Problems problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /**
   * @param profiles the profile files with a valid header, by name
   * @param allNames the names of every profile file, including those whose header is wrong
   * @return the profiles that resolved and bound without problems, by name
   */
  Map<String, Located<Profile>> resolve(Map<String, Source> profiles, Set<String> allNames) {
    Map<String, String> parents = new TreeMap<>();
    List<String> broken = new ArrayList<>();
    for (Source p : profiles.values()) {
      String parent = parent(p, allNames);
      if (parent == null) {
        broken.add(p.name());
      } else if (!parent.isEmpty()) {
        parents.put(p.name(), parent);
      }
    }
    reportCycles(profiles, parents, broken);
    Map<String, Located<Profile>> resolved = new LinkedHashMap<>();
    for (Source p : profiles.values()) {
      List<Source> chain = chain(p, profiles, parents, broken);
      if (chain.isEmpty()) {
        continue;
      }
      MappingNode merged = chain.get(0).root();
      for (Source next : chain.subList(1, chain.size())) {
        merged = merge(merged, next.root(), true);
      }
      Map<String, Location> origins = new HashMap<>();
      Object value = new Binder(sources, problems, origins).struct(merged, Shapes.of(Profile.class), "",
          DocumentKind.PROFILE.headerKeys(), Map.of("name", p.name()));
      origins.put("", sources.locate(p.root()));
      if (value != Binder.FAILED) {
        resolved.put(p.name(), new Located<>(p.name(), (Profile) value, new Origins(p.file(), "", origins)));
      }
    }
    return resolved;
  }

  /** @return the parent's name, empty for none, or null after reporting a bad {@code extends} */
  private String parent(Source p, Set<String> allNames) {
    NodeTuple tuple = Documents.find(p.root(), "extends").orElse(null);
    if (tuple == null || Binder.isNull(tuple.getValueNode())) {
      return "";
    }
    Node value = tuple.getValueNode();
    Location at = sources.locate(value);
    if (!(value instanceof ScalarNode s)) {
      problems.add(at, "extends", "expected the name of a profile, found " + Binder.describe(value));
      return null;
    }
    String problem = ControlCharacters.problem(s.getValue());
    problem = problem != null ? problem : LabSyntax.NAME.problem(s.getValue());
    if (problem != null) {
      problems.add(at, "extends", problem);
      return null;
    }
    if (!allNames.contains(s.getValue())) {
      problems.add(at, "extends", "no profile named '" + s.getValue() + "' in profiles/"
          + Suggest.didYouMean(s.getValue(), allNames));
      return null;
    }
    return s.getValue();
  }

  private void reportCycles(Map<String, Source> profiles, Map<String, String> parents, List<String> broken) {
    for (String start : parents.keySet()) {
      List<String> path = new ArrayList<>();
      String at = start;
      while (at != null && !path.contains(at)) {
        path.add(at);
        at = parents.get(at);
      }
      if (at != null && at.equals(start)) {
        path.add(start);
        Node node = Documents.find(profiles.get(start).root(), "extends").orElseThrow().getValueNode();
        problems.add(sources.locate(node), "extends", "profiles extend each other in a cycle: "
            + String.join(" -> ", path));
        broken.add(start);
      }
    }
  }

  /** @return the profile's ancestors, root first, then itself; empty when any of them is broken */
  private static List<Source> chain(Source p, Map<String, Source> profiles, Map<String, String> parents,
      List<String> broken) {
    List<Source> chain = new ArrayList<>();
    String at = p.name();
    while (at != null) {
      Source s = profiles.get(at);
      if (s == null || broken.contains(at) || chain.contains(s)) {
        return List.of();
      }
      chain.add(0, s);
      at = parents.get(at);
    }
    return chain;
  }

  /**
   * @return the child's mapping over the parent's: the child's keys win, nested mappings merge. The
   *     result stands where the parent's mapping was written, so a required property missing from
   *     the whole chain is reported once, at the first profile of the chain.
   */
  private MappingNode merge(MappingNode parent, MappingNode child, boolean top) {
    List<NodeTuple> tuples = new ArrayList<>();
    Set<String> childKeys = new java.util.HashSet<>();
    child.getValue().forEach(t -> childKeys.add(keyOf(t)));
    for (NodeTuple t : parent.getValue()) {
      String key = keyOf(t);
      if (!childKeys.contains(key) && !(top && NOT_INHERITED.contains(key))) {
        tuples.add(t);
      }
    }
    Set<String> mergedKeys = new java.util.HashSet<>();
    for (NodeTuple t : child.getValue()) {
      String key = keyOf(t);
      NodeTuple inherited = parent.getValue().stream().filter(pt -> key != null && key.equals(keyOf(pt)))
          .filter(pt -> !(top && NOT_INHERITED.contains(key))).findFirst().orElse(null);
      if (inherited != null && mergedKeys.add(key) && inherited.getValueNode() instanceof MappingNode pm
          && t.getValueNode() instanceof MappingNode cm) {
        tuples.add(new NodeTuple(t.getKeyNode(), merge(pm, cm, false)));
      } else {
        tuples.add(t);
      }
    }
    MappingNode merged = new MappingNode(Tag.MAP, true, tuples, parent.getStartMark(), parent.getEndMark(),
        DumperOptions.FlowStyle.BLOCK);
    sources.registerOne(merged, sources.locate(parent).file());
    return merged;
  }

  private static String keyOf(NodeTuple t) {
    return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
  }
}
