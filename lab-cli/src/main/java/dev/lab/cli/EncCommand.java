package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.enroll.NodeClassification;
import dev.lab.core.enroll.NodeClassifier;
import dev.lab.core.state.StateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lab enc CERTNAME}: Puppet's external node classifier ({@code node_terminus = exec}).
 * Prints the node's environment, classes and parameters as YAML; an unknown node exits 1, so
 * Puppet fails its catalog.
 */
@Command(name = "enc", mixinStandardHelpOptions = true,
    description = {"Puppet external node classifier: print the node's environment, classes and parameters as",
        "YAML, from its profile's enrollment role and environment, its labels and lab.yaml's enc mapping.",
        "A certname that is no server's FQDN exits 1."})
final class EncCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "CERTNAME", description = "The node's certname (a server's FQDN).")
  String certname;

  @Mixin
  LabDirOption lab;

  @Override
  public Integer call() {
    try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
      NodeClassification node = new NodeClassifier(context.lab(), store).classify(certname)
          .orElseThrow(() -> UserError.invalid("no server in the inventory has the certname " + certname));
      out().print(node.toYaml());
      out().flush();
      return ExitCode.OK;
    }
  }
}
