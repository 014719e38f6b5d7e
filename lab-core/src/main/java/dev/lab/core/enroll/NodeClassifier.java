package dev.lab.core.enroll;

import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.core.config.EncSettings;
import dev.lab.core.config.Lab;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.StateStore;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lab as Puppet's external node classifier: a node's environment is its profile's enrollment
 * environment, its classes are those {@code lab.yaml}'s {@code enc} section maps its role and its
 * labels to, and its parameters are the configured ones plus {@code lab_server}, {@code lab_labels}
 * and {@code lab_role}. The profile is that of the server's current onboarding, else the server's
 * default profile.
 */
public final class NodeClassifier {
  private final Lab lab;
  private final StateStore store;

  public NodeClassifier(Lab lab, StateStore store) {
    this.lab = lab;
    this.store = store;
  }

  /** @return the node's classification; empty when no inventory server has this certname */
  public Optional<NodeClassification> classify(String certname) {
    return Certnames.server(lab, certname).map(this::classify);
  }

  private NodeClassification classify(Server server) {
    EncSettings enc = lab.config().enc();
    Optional<Profile> profile = store.current(server.name()).map(Onboarding::profile)
        .or(() -> Optional.ofNullable(server.profile())).flatMap(lab::profile);
    List<String> labels = profile.map(p -> InstallConfigFactory.labels(server, p)).orElse(server.labels());
    String role = profile.map(p -> p.enrollment().role()).orElse(null);
    Set<String> classes = new LinkedHashSet<>();
    if (role != null) {
      classes.addAll(enc.roles().getOrDefault(role, List.of()));
    }
    labels.forEach(label -> classes.addAll(enc.classes().getOrDefault(label, List.of())));
    Map<String, Object> parameters = new LinkedHashMap<>(new java.util.TreeMap<>(enc.parameters()));
    parameters.put("lab_server", server.name());
    parameters.put("lab_labels", labels);
    if (role != null) {
      parameters.put("lab_role", role);
    }
    return new NodeClassification(profile.map(p -> p.enrollment().environment()).orElse(null),
        List.copyOf(classes), parameters);
  }
}
