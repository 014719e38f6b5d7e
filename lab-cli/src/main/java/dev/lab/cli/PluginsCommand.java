package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.core.LabContext;
import dev.lab.core.plugin.LoadedPlugin;
import dev.lab.core.plugin.PluginRefusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lab plugins}: the installer plugins Lab has loaded, and the jars it refused. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = "Show the installer plugins: built-in ones and the lab directory's plugins/ jars.",
    subcommands = PluginsCommand.ListCommand.class)
final class PluginsCommand implements Runnable {
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a subcommand is required: list");
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List loaded plugins (name, version, source, OSes, architectures, methods) and refused jars.")
  static final class ListCommand extends BaseCommand {
    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
      try (LabContext context = open(lab.dir(environment().env()))) {
        List<LoadedPlugin> plugins = context.plugins().plugins();
        List<PluginRefusal> refused = context.plugins().refused();
        if (output.json()) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("plugins", plugins.stream().map(ListCommand::json).toList());
          doc.put("refused", refused.stream().map(r -> Map.of("jar", r.jar().toString(), "reason", r.reason())).toList());
          out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
          List<String[]> rows = new ArrayList<>();
          rows.add(new String[] {"NAME", "VERSION", "OS", "ARCH", "METHODS", "SOURCE"});
          for (LoadedPlugin p : plugins) {
            rows.add(new String[] {p.name(), p.version(), join(p.osFamilies(), "any"),
                join(p.architectures(), "-"), join(p.methods(), "-"), p.origin()});
          }
          Table.print(out(), rows);
          for (PluginRefusal r : refused) {
            err().println("refused " + r.jar() + ": " + r.reason());
          }
        }
        return ExitCode.OK;
      }
    }

    private static Map<String, Object> json(LoadedPlugin p) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("version", p.version());
      m.put("description", p.description());
      m.put("builtIn", p.builtIn());
      m.put("source", p.source().toString());
      m.put("osFamilies", p.osFamilies());
      m.put("architectures", p.architectures().stream().map(Object::toString).toList());
      m.put("methods", p.methods().stream().map(Object::toString).toList());
      return m;
    }

    private static String join(java.util.Collection<?> values, String empty) {
      return values.isEmpty() ? empty : values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
  }
}
