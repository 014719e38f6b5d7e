package dev.lab.core.config;

import dev.lab.api.model.Image;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads one lab directory: reads and binds every file, resolves profiles, then checks the whole.
 * One instance per load.
 */
final class LabLoader {
  private final Path dir;
  private final Problems problems = new Problems();
  private final YamlSources sources = new YamlSources();

  LabLoader(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  LabLoad load() {
    if (!Files.isDirectory(dir)) {
      problems.add(new Location(dir.toString(), 0), "", "is not a directory: give a lab directory (lab init creates one)");
      return new LabLoad(null, problems.sorted());
    }
    Optional<Located<LabConfig>> config = config();
    Names imageNames = new Names();
    Map<String, Located<Image>> images = listed(DocumentKind.IMAGES, "images", Image.class, imageNames);
    String artifacts = config.map(c -> c.value().artifacts().root()).orElse(new ArtifactSettings(null).root());
    BuiltImages built = new BuiltImages(dir, dir.resolve(artifacts).normalize());
    images = built.register(images);
    Names profileNames = new Names();
    Map<String, Located<Profile>> profiles = profiles(profileNames);
    Map<String, Located<Server>> servers = servers();
    Map<String, Located<Rule>> rules = listed(DocumentKind.RULES, "rules", Rule.class, new Names());

    ImageChecks imageChecks = new ImageChecks(dir, problems);
    images.values().forEach(imageChecks::check);
    ProfileChecks profileChecks = new ProfileChecks(imageNames, images, problems);
    profiles.values().forEach(profileChecks::check);
    ServerChecks serverChecks = new ServerChecks(profileNames, profiles, images, problems);
    servers.values().forEach(serverChecks::check);
    InventoryChecks.check(servers, problems);
    RuleChecks ruleChecks = new RuleChecks(profileNames, imageNames, profiles, images, servers, problems);
    rules.values().forEach(ruleChecks::check);
    if (problems.count() > 0 || config.isEmpty()) {
      return new LabLoad(null, problems.sorted());
    }
    return new LabLoad(new Lab(dir, config.get(), images, profiles, servers, List.copyOf(rules.values()),
        Stream.concat(built.notes().stream(), RootfsNotes.of(servers, profiles, images).stream()).toList()),
        List.of());
  }

  private Optional<Located<LabConfig>> config() {
    Path file = dir.resolve("lab.yaml");
    if (!Files.isRegularFile(file)) {
      problems.add(new Location("lab.yaml", 0), "", "is missing: every lab directory has one (lab init writes an example)");
      return Optional.empty();
    }
    Map<String, Location> origins = new HashMap<>();
    return document(file, "lab.yaml", DocumentKind.LAB).flatMap(root -> {
      Object value = new Binder(sources, problems, origins).struct(root, Shapes.of(LabConfig.class), "",
          DocumentKind.LAB.headerKeys(), Map.of());
      return value == Binder.FAILED ? Optional.empty()
          : Optional.of(new Located<>("lab", (LabConfig) value, new Origins("lab.yaml", "", origins)));
    });
  }

  /**
   * Loads {@code images.yaml} or {@code rules.yaml}: a list under one key, each entry bound on its own
   * so that one broken entry leaves the others checked.
   *
   * @param names receives the name of every entry, including broken ones, for reference checks; marked
   *     incomplete when the file cannot be read
   * @return the entries that bound, by name in file order
   */
  private <T> Map<String, Located<T>> listed(DocumentKind kind, String key, Class<T> type, Names names) {
    Map<String, Located<T>> result = new LinkedHashMap<>();
    String file = kind.file();
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      return result;
    }
    Optional<MappingNode> root = document(path, file, kind);
    if (root.isEmpty()) {
      names.incomplete();
      return result;
    }
    Map<String, Location> origins = new HashMap<>();
    Binder binder = new Binder(sources, problems, origins);
    Node list = Documents.find(root.get(), key).map(NodeTuple::getValueNode).orElse(null);
    if (!(list instanceof SequenceNode seq)) {
      names.incomplete();
      binder.struct(root.get(), Shapes.of(kind.body()), "", kind.headerKeys(), Map.of());
      return result;
    }
    binder.struct(root.get(), Shapes.of(kind.body()), "", kind.headerKeys(), Map.of(key, List.of()));
    for (int i = 0; i < seq.getValue().size(); i++) {
      Node entry = seq.getValue().get(i);
      String at = PropertyPath.index(key, i);
      origins.put(at, sources.locate(entry));
      nameOf(entry).ifPresent(names::add);
      Object value = Binder.isNull(entry) ? emptyEntry(entry, at) : binder.bind(entry, Shapes.of(type), at);
      if (value == Binder.FAILED) {
        continue;
      }
      String name = nameOf(entry).orElseThrow();
      if (result.containsKey(name)) {
        String what = kind == DocumentKind.IMAGES ? "image" : "rule";
        problems.add(new Origins(file, at, origins).at("name", what + " '" + name + "' is already defined at "
            + PropertyPath.join(result.get(name).origins().prefix(), "")));
        continue;
      }
      result.put(name, new Located<>(name, type.cast(value), new Origins(file, at, origins)));
    }
    return result;
  }

  private Object emptyEntry(Node entry, String at) {
    problems.add(sources.locate(entry), at, "is empty: give the entry's properties or remove it");
    return Binder.FAILED;
  }

  private Map<String, Located<Profile>> profiles(Names allNames) {
    Map<String, ProfileResolver.Source> sourcesByName = new TreeMap<>();
    for (NamedFile f : files("profiles", "profile", LabSyntax.NAME)) {
      allNames.add(f.name());
      document(f.path(), f.file(), DocumentKind.PROFILE).filter(root -> nameMatches(root, f, "profile"))
          .ifPresent(root -> sourcesByName.put(f.name(), new ProfileResolver.Source(f.name(), f.file(), root)));
    }
    return new ProfileResolver(sources, problems).resolve(sourcesByName, allNames.all());
  }

  private Map<String, Located<Server>> servers() {
    Map<String, Located<Server>> result = new TreeMap<>();
    for (NamedFile f : files("servers", "server", LabSyntax.SERVER_NAME)) {
      Optional<MappingNode> root = document(f.path(), f.file(), DocumentKind.SERVER)
          .filter(r -> nameMatches(r, f, "server"));
      if (root.isEmpty()) {
        continue;
      }
      Map<String, Location> origins = new HashMap<>();
      Object value = new Binder(sources, problems, origins).struct(root.get(), Shapes.of(Server.class), "",
          DocumentKind.SERVER.headerKeys(), Map.of("name", f.name()));
      if (value != Binder.FAILED) {
        result.put(f.name(), new Located<>(f.name(), (Server) value, new Origins(f.file(), "", origins)));
      }
    }
    return result;
  }

  /** A file of {@code profiles/} or {@code servers/} and the name it gives. */
  private record NamedFile(String name, String file, Path path) {}

  private List<NamedFile> files(String folder, String what, TextRule nameRule) {
    Path sub = dir.resolve(folder);
    if (!Files.exists(sub)) {
      return List.of();
    }
    if (!Files.isDirectory(sub)) {
      problems.add(new Location(folder, 0), "", "is not a directory: " + folder + "/ holds one file per " + what);
      return List.of();
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(sub)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      problems.add(new Location(folder, 0), "", "cannot be read: " + e.getMessage());
      return List.of();
    }
    Map<String, String> seen = new HashMap<>();
    List<NamedFile> result = new ArrayList<>();
    for (Path p : entries) {
      String base = p.getFileName().toString();
      String file = folder + "/" + LabSyntax.printable(base);
      if (base.startsWith(".")) {
        continue;
      }
      String name = base.replaceFirst("\\.ya?ml$", "");
      if (Files.isDirectory(p) || name.equals(base)) {
        problems.add(new Location(file, 0), "", "is not a " + what + " file: " + folder + "/ holds only NAME.yaml files");
        continue;
      }
      String bad = ControlCharacters.problem(name) != null ? "its name has characters a name cannot have"
          : nameRule.problem(name);
      if (bad != null) {
        problems.add(new Location(file, 0), "", "names the " + what + " by its file name, and " + bad);
        continue;
      }
      if (seen.containsKey(name)) {
        problems.add(new Location(file, 0), "", "defines " + what + " " + name + " again: " + seen.get(name)
            + " already does");
        continue;
      }
      seen.put(name, file);
      result.add(new NamedFile(name, file, p));
    }
    return result;
  }

  /** @return whether a {@code name} key, if present, agrees with the file name; reports when not */
  private boolean nameMatches(MappingNode root, NamedFile f, String what) {
    Optional<NodeTuple> tuple = Documents.find(root, "name");
    if (tuple.isEmpty() || Binder.isNull(tuple.get().getValueNode())) {
      return true;
    }
    Node value = tuple.get().getValueNode();
    if (value instanceof ScalarNode s && s.getValue().equals(f.name())) {
      return true;
    }
    problems.add(sources.locate(value), "name", Binder.describe(value) + " does not match the file name: "
        + f.file() + " defines " + what + " " + f.name() + " (rename the file, or remove name)");
    return false;
  }

  private Optional<MappingNode> document(Path path, String file, DocumentKind kind) {
    return YamlFiles.read(path, file, problems).flatMap(root -> {
      sources.register(root, file);
      return Documents.open(root, kind, sources, problems);
    });
  }

  private static Optional<String> nameOf(Node entry) {
    if (entry instanceof MappingNode m) {
      return Documents.find(m, "name").map(NodeTuple::getValueNode)
          .filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).getValue());
    }
    return Optional.empty();
  }
}
