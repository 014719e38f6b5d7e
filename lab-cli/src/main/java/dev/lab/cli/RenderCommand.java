package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.LabContext;
import dev.lab.core.install.Endpoints;
import dev.lab.core.machine.MachineRender;
import dev.lab.core.machine.MachineRenderer;
import dev.lab.core.machine.PlanJson;
import dev.lab.core.machine.PlanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lab render}: prints (or writes) every file a machine would get — answer files, enrollment
 * script, boot loader scripts and the kernel command line — with no side effects. URLs carry
 * preview tokens, not real ones. A rootfs deploy's plan is printed for review, one numbered line
 * per action; with {@code -o json} the output is exactly the {@code plan.json} the agent gets.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Print every file a server would get: answer files, enrollment script, boot scripts and",
        "kernel command line. Nothing is written unless --out is given; tokens are previews."})
final class RenderCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SERVER", description = "The server's name.")
  String server;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "Render with this profile instead of the server's default.")
  String profile;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "Install method: ${COMPLETION-CANDIDATES} (default: the profile's).")
  InstallMethod method;

  @Option(names = "--firmware", paramLabel = "FIRMWARE",
      description = "Boot files for this firmware: ${COMPLETION-CANDIDATES} (default: the server's).")
  Firmware firmware;

  @Option(names = "--url", paramLabel = "URL", description = "Lab's public base URL (default: server.url in lab.yaml).")
  String url;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write the files into DIR (boot files into DIR/boot) instead of printing them.")
  Path outDir;

  @Mixin
  LabDirOption lab;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws IOException {
    try (LabContext context = open(lab.dir(environment().env()))) {
      String base = url != null ? url : context.lab().config().server().url();
      MachineRender render = context.renderer().render(
          new MachineRenderer.Request(server, profile, method, firmware, Endpoints.preview(base)));
      if (outDir != null) {
        write(render);
      } else if (output.json() && render.plan() != null) {
        out().print(PlanJson.write(render.plan()));
      } else if (output.json()) {
        out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(render)));
      } else {
        print(render);
      }
      return ExitCode.OK;
    }
  }

  private void print(MachineRender render) {
    var config = render.config();
    out().printf("# %s: profile %s, image %s, %s install by plugin %s, %s %s%n", config.server().name(),
        config.profile().name(), config.image().name(), config.profile().method(), render.plugin(),
        config.arch(), render.firmware());
    out().println("# URLs carry preview tokens; `lab onboard` issues real ones.");
    for (RenderedFile f : render.files()) {
      if (render.plan() != null && f.name().equals(PlanJson.FILE_NAME)) {
        section("deploy plan (" + f.name() + "; -o json prints it as the agent gets it)", PlanText.describe(render.plan()));
      } else {
        section(f.name(), f.content());
      }
    }
    for (RenderedFile f : render.bootFiles()) {
      section("boot/" + f.name(), f.content());
    }
    section("boot/summary", render.bootSummary());
  }

  private void section(String name, String content) {
    out().println();
    out().println("==> " + name + " <==");
    out().print(content);
    if (!content.endsWith("\n")) {
      out().println();
    }
  }

  private void write(MachineRender render) throws IOException {
    Path boot = outDir.resolve("boot");
    Files.createDirectories(boot);
    for (RenderedFile f : render.files()) {
      Files.writeString(outDir.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
    }
    for (RenderedFile f : render.bootFiles()) {
      Files.writeString(boot.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
    }
    Files.writeString(boot.resolve("summary.txt"), render.bootSummary(), StandardCharsets.UTF_8);
    out().printf("Wrote %d files and %d boot files for %s into %s%n", render.files().size(),
        render.bootFiles().size(), render.config().server().name(), outDir);
  }

  private static Map<String, Object> json(MachineRender render) {
    var config = render.config();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("server", config.server().name());
    doc.put("profile", config.profile().name());
    doc.put("image", config.image().name());
    doc.put("method", config.profile().method().id());
    doc.put("plugin", render.plugin());
    doc.put("arch", config.arch().id());
    doc.put("firmware", render.firmware().id());
    doc.put("files", render.files().stream().map(RenderCommand::file).toList());
    Map<String, Object> boot = new LinkedHashMap<>();
    boot.put("kind", render.boot().kind().name().toLowerCase(java.util.Locale.ROOT));
    boot.put("kernel", render.boot().kernel().url());
    boot.put("kernelArgs", args(render.boot().kernelArgs()));
    boot.put("initrds", render.boot().initrds().stream().map(f -> f.url()).toList());
    boot.put("modules", render.boot().modules().stream()
        .map(m -> Map.of("url", m.file().url(), "args", args(m.args()))).toList());
    boot.put("files", render.bootFiles().stream().map(RenderCommand::file).toList());
    doc.put("boot", boot);
    return doc;
  }

  private static Map<String, String> file(RenderedFile f) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", f.name());
    m.put("mediaType", f.mediaType());
    m.put("content", f.content());
    return m;
  }

  private static List<Map<String, String>> args(List<KernelArg> args) {
    return args.stream().map(a -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("key", a.key());
      if (a.value() != null) {
        m.put("value", a.value());
      }
      return m;
    }).toList();
  }
}
