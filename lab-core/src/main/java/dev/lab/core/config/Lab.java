package dev.lab.core.config;

import dev.lab.api.Problem;
import dev.lab.api.model.Image;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A loaded, valid lab directory: the site settings, the image catalog, the resolved profiles, the
 * servers and the auto-onboard rules. Immutable. It also knows where each property was written, so
 * a plugin's {@link Problem} can be shown at the file and line the user wrote.
 */
public final class Lab {
  private final Path dir;
  private final Located<LabConfig> config;
  private final Map<String, Located<Image>> images;
  private final Map<String, Located<Profile>> profiles;
  private final Map<String, Located<Server>> servers;
  private final List<Located<Rule>> rules;
  private final List<Diagnostic> notes;

  Lab(Path dir, Located<LabConfig> config, Map<String, Located<Image>> images,
      Map<String, Located<Profile>> profiles, Map<String, Located<Server>> servers, List<Located<Rule>> rules,
      List<Diagnostic> notes) {
    this.dir = dir;
    this.config = config;
    this.images = Collections.unmodifiableSortedMap(new TreeMap<>(images));
    this.profiles = Collections.unmodifiableSortedMap(new TreeMap<>(profiles));
    this.servers = Collections.unmodifiableSortedMap(new TreeMap<>(servers));
    this.rules = rules.stream()
        .sorted(Comparator.comparing((Located<Rule> r) -> r.value().priority()).reversed()).toList();
    this.notes = notes.stream().sorted().toList();
  }

  /**
   * @return what the lab lacks but may get later without changing its files, for example a rootfs
   *     archive not built yet ({@code lab image build}); not problems: the lab is valid
   */
  public List<Diagnostic> notes() {
    return notes;
  }

  /** @return the lab directory, absolute */
  public Path dir() {
    return dir;
  }

  /** @return the site settings of {@code lab.yaml} */
  public LabConfig config() {
    return config.value();
  }

  /** @return the artifact directory, absolute */
  public Path artifactRoot() {
    return dir.resolve(config.value().artifacts().root()).normalize();
  }

  /** @return the servers by name */
  public SortedMap<String, Server> servers() {
    return values(servers);
  }

  /** @return the profiles by name, each with its {@code extends} chain merged */
  public SortedMap<String, Profile> profiles() {
    return values(profiles);
  }

  /** @return the images by name */
  public SortedMap<String, Image> images() {
    return values(images);
  }

  /** @return the auto-onboard rules in the order they are tried: priority, highest first, then file order */
  public List<Rule> rules() {
    return rules.stream().map(Located::value).toList();
  }

  /** @return the server with this name */
  public Optional<Server> server(String name) {
    return Optional.ofNullable(servers.get(name)).map(Located::value);
  }

  /** @return the resolved profile with this name */
  public Optional<Profile> profile(String name) {
    return Optional.ofNullable(profiles.get(name)).map(Located::value);
  }

  /** @return the image with this name */
  public Optional<Image> image(String name) {
    return Optional.ofNullable(images.get(name)).map(Located::value);
  }

  /**
   * @param rule one of this lab's rules
   * @return the profile its action stands for: the one it names, or the one profile that installs
   *     the image it names
   */
  public Profile profileFor(Rule rule) {
    return profile(RuleChecks.profileOf(rule.action(), profiles())).orElseThrow();
  }

  /**
   * Finds where the user wrote the property a plugin's problem names. Paths start with {@code
   * server.}, {@code profile.} or {@code image.}; a profile property inherited through {@code
   * extends} points at the profile file that set it; {@code server.network...} of a server without
   * a network of its own points at its profile's network; a path that was not written points at its
   * nearest written ancestor.
   *
   * @param server the server being installed
   * @param profile its profile
   * @param image the profile's image
   * @param problem the plugin's problem
   * @return the problem at its file and line
   */
  public Diagnostic locate(Server server, Profile profile, Image image, Problem problem) {
    String path = problem.property();
    int cut = firstSeparator(path);
    String root = cut < 0 ? path : path.substring(0, cut);
    String rest = cut < 0 ? "" : path.charAt(cut) == '.' ? path.substring(cut + 1) : path.substring(cut);
    switch (root) {
      case "profile":
        return origins(profiles, profile.name(), n -> "profiles/" + n + ".yaml").at(rest, problem.message());
      case "image":
        return origins(images, image.name(), n -> "images.yaml").at(rest, problem.message());
      case "server":
        if (isUnder(rest, "network") && server.network() == null && profile.network() != null) {
          return origins(profiles, profile.name(), n -> "profiles/" + n + ".yaml").at(rest, problem.message());
        }
        return origins(servers, server.name(), n -> "servers/" + n + ".yaml").at(rest, problem.message());
      default:
        Origins serverOrigins = origins(servers, server.name(), n -> "servers/" + n + ".yaml");
        return new Diagnostic(serverOrigins.file(), 0, path, problem.message());
    }
  }

  /**
   * @param rule one of this lab's rules
   * @param property a property path within the rule, for example {@code conditions.cores}
   * @param message what is wrong
   * @return the message at the rule's file and line
   */
  public Diagnostic locate(Rule rule, String property, String message) {
    return rules.stream().filter(r -> r.value().equals(rule)).findFirst()
        .map(r -> r.at(property, message))
        .orElse(new Diagnostic("rules.yaml", 0, property, message));
  }

  private static <T> SortedMap<String, T> values(Map<String, Located<T>> located) {
    SortedMap<String, T> map = new TreeMap<>();
    located.forEach((name, l) -> map.put(name, l.value()));
    return Collections.unmodifiableSortedMap(map);
  }

  private static <T> Origins origins(Map<String, Located<T>> located, String name, Function<String, String> file) {
    Located<T> l = located.get(name);
    return l != null ? l.origins() : new Origins(file.apply(name), "", Map.of());
  }

  private static boolean isUnder(String path, String property) {
    return path.equals(property) || path.startsWith(property + ".") || path.startsWith(property + "[");
  }

  private static int firstSeparator(String path) {
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    return dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
  }
}
