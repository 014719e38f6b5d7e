package dev.lab.cli;

import dev.lab.api.LabVersion;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root {@code lab} command. */
@Command(name = "lab",
    mixinStandardHelpOptions = true,
    versionProvider = LabCommand.Version.class,
    description = "Lab: from an empty machine to an installed OS enrolled in OpenVox/Puppet.",
    subcommands = {
        InitCommand.class,
        ValidateCommand.class,
        RenderCommand.class,
        PluginsCommand.class,
        TemplatesCommand.class,
        HashPasswordCommand.class,
        ServeCommand.class,
        OnboardCommand.class,
        StatusCommand.class,
        AgentCommand.class,
        ServersCommand.class,
        RulesCommand.class,
        DnsmasqCommand.class,
        AutosignCommand.class,
        EncCommand.class,
        ImageCommand.class,
        AutoComplete.GenerateCompletion.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 invalid input (nothing changed), 2 usage error,",
        "3 environment or plugin failure, 4 internal error."})
public final class LabCommand implements Runnable {
  final Environment environment;

  @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error (for bug reports).")
  boolean stacktrace;

  LabCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
  }

  /** @return the configured command line: writers, exit codes, error handling */
  static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    LabCommand root = new LabCommand(environment);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(root));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    return cl;
  }

  /** The version: Lab's and the Java runtime's. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lab " + LabVersion.get(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
