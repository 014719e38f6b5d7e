package dev.lab.cli;

import dev.lab.core.LabContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: its writers and the process environment. */
@Command
abstract class BaseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Environment environment() {
    return ((LabCommand) spec.root().userObject()).environment;
  }

  /** @return a context over the lab directory (the caller closes it) */
  LabContext open(Path labDir) {
    return LabContext.open(labDir, environment().builtinPlugins());
  }
}
