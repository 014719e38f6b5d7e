package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.api.model.Server;
import dev.lab.core.LabContext;
import dev.lab.core.LabException;
import dev.lab.core.config.Diagnostic;
import dev.lab.core.config.Lab;
import dev.lab.core.install.Endpoints;
import dev.lab.core.machine.MachineRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lab validate}: checks every file of the lab directory, then lets each server's plugin
 * check the server with its default profile. Reports every problem at once.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the lab directory and what each server would get; report every problem with file, line and property.")
final class ValidateCommand extends BaseCommand {
  @Mixin
  LabDirOption lab;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    try (LabContext context = open(lab.dir(environment().env()))) {
      java.util.Set<Diagnostic> problems = new java.util.LinkedHashSet<>(context.load().problems());
      int checked = 0;
      if (context.load().ok()) {
        Lab loaded = context.lab();
        MachineRenderer renderer = context.renderer();
        Endpoints preview = Endpoints.preview(loaded.config().server().url());
        for (Server server : loaded.servers().values()) {
          if (server.profile() == null) {
            continue;
          }
          try {
            renderer.render(new MachineRenderer.Request(server.name(), null, null, null, preview));
            checked++;
          } catch (LabException e) {
            problems.addAll(e.problems());
          } catch (MachineRenderer.PluginFailure e) {
            problems.add(new Diagnostic("servers/" + server.name() + ".yaml", 0, "", e.getMessage()));
          }
        }
      }
      List<Diagnostic> notes = context.load().ok() ? context.lab().notes() : List.of();
      if (output.json()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", problems.isEmpty());
        doc.put("problems", problems.stream().map(d -> Map.of("file", d.file(), "line", d.line(),
            "property", d.property(), "message", d.message())).toList());
        doc.put("notes", notes.stream().map(d -> Map.of("file", d.file(), "line", d.line(),
            "property", d.property(), "message", d.message())).toList());
        out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
      } else if (problems.isEmpty()) {
        Lab loaded = context.lab();
        out().printf("%s is valid: %d servers (%d rendered), %d profiles, %d images, %d rules.%n",
            context.dir(), loaded.servers().size(), checked, loaded.profiles().size(), loaded.images().size(),
            loaded.rules().size());
      } else {
        for (Diagnostic d : problems) {
          err().println(d);
        }
        err().println(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
      }
      if (!output.json()) {
        notes.forEach(n -> err().println("note: " + n));
      }
      return problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
  }
}
