package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.plugin.LoadedPlugin;
import dev.lab.core.plugin.TemplateEject;
import dev.lab.core.render.TemplateEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab templates}: list plugins' templates and copy them into the lab directory to edit. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "List the plugins' templates, or copy (eject) a plugin's templates into the lab directory to override them.",
    subcommands = {TemplatesCommand.ListCommand.class, TemplatesCommand.EjectCommand.class})
final class TemplatesCommand implements Runnable {
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a subcommand is required: list or eject");
  }

  static LoadedPlugin plugin(LabContext context, String name) {
    return context.plugins().byName(name).orElseThrow(() -> UserError.invalid("no plugin named '" + name
        + "' (loaded: " + String.join(", ", context.plugins().plugins().stream().map(LoadedPlugin::name).toList()) + ")"));
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List each plugin's templates and whether the lab directory overrides them.")
  static final class ListCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PLUGIN", description = "Only this plugin.")
    String name;

    @Mixin
    LabDirOption lab;

    @Override
    public Integer call() {
      try (LabContext context = open(lab.dir(environment().env()))) {
        List<LoadedPlugin> plugins = name != null ? List.of(plugin(context, name)) : context.plugins().plugins();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"PLUGIN", "TEMPLATE", "SOURCE"});
        for (LoadedPlugin p : plugins) {
          String id = p.name();
          for (String t : TemplateEngine.bundledTemplates(id, p.classLoader())) {
            Path override = context.dir().resolve("templates").resolve(id).resolve(t);
            rows.add(new String[] {id, t, Files.exists(override) ? "templates/" + id + "/" + t : "bundled"});
          }
        }
        Table.print(out(), rows);
        return ExitCode.OK;
      }
    }
  }

  @Command(name = "eject", mixinStandardHelpOptions = true,
      description = "Copy a plugin's bundled templates into the lab directory's templates/PLUGIN/ for editing.")
  static final class EjectCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "PLUGIN",
        description = "The plugin, or 'core' for the shared boot-chain templates and snippets.")
    String name;

    @Option(names = "--force", description = "Overwrite templates already in the lab directory.")
    boolean force;

    @Mixin
    LabDirOption lab;

    @Override
    public Integer call() throws Exception {
      try (LabContext context = open(lab.dir(environment().env()))) {
        List<Path> written;
        try {
          written = TemplateEngine.CORE.equals(name)
              ? TemplateEject.eject(TemplateEngine.CORE, TemplateEngine.class.getClassLoader(), context.dir(), force)
              : TemplateEject.eject(plugin(context, name), context.dir(), force);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          throw UserError.invalid(e.getMessage() + " (nothing was written; --force overwrites)");
        } catch (IllegalArgumentException e) {
          throw UserError.invalid(e.getMessage());
        }
        for (Path p : written) {
          out().println("wrote " + context.dir().relativize(p));
        }
        out().printf("%d templates of %s copied; edit them there, they override the bundled ones file by file.%n",
            written.size(), name);
        return ExitCode.OK;
      }
    }
  }
}
