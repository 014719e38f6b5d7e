package dev.lab.core.enroll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What Lab's external node classifier answers for one node.
 *
 * @param environment the Puppet environment; null to leave it to the agent
 * @param classes the classes to apply, in order, each once
 * @param parameters top-scope parameters: text or lists of text
 */
public record NodeClassification(String environment, List<String> classes, Map<String, Object> parameters) {
  public NodeClassification {
    classes = List.copyOf(classes);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** @return the ENC's YAML document, as Puppet's {@code node_terminus = exec} reads it */
  public String toYaml() {
    Map<String, Object> doc = new LinkedHashMap<>();
    if (environment != null) {
      doc.put("environment", environment);
    }
    doc.put("classes", classes);
    doc.put("parameters", parameters);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setExplicitStart(true);
    return new Yaml(options).dump(doc);
  }
}
