package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.List;
import java.util.Map;

/**
 * What {@code lab enc}, Lab's Puppet external node classifier, answers for an enrolled machine.
 *
 * @param classes the Puppet classes each label brings
 * @param roles the Puppet classes each enrollment role brings
 * @param parameters top-scope parameters every node gets
 */
@Doc("Puppet external node classifier (lab enc): the classes labels and roles bring.")
public record EncSettings(
    @Doc(value = "Puppet classes per label: a machine gets the classes of each of its labels.",
        example = "{mailserver: [role::mailserver]}") Map<String, List<String>> classes,
    @Doc(value = "Puppet classes per enrollment role (a profile's enrollment.role).",
        example = "{web: [role::web]}") Map<String, List<String>> roles,
    @Doc(value = "Top-scope parameters every node gets, besides lab_server, lab_labels and lab_role.",
        example = "{site_contact: ops@lab.example}") Map<String, String> parameters) {

  public EncSettings {
    classes = classes == null ? Map.of() : Map.copyOf(classes);
    roles = roles == null ? Map.of() : Map.copyOf(roles);
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }
}
