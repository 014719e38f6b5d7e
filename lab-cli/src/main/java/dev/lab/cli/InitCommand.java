package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.config.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lab init}: writes a valid example lab directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write an example lab directory (servers on x86_64 and aarch64, a profile for every built-in OS).")
final class InitCommand extends BaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Where to create it (default: the current directory); must be empty or absent.")
  Path dir;

  @Option(names = "--url", paramLabel = "URL",
      description = "Lab's public base URL to write into lab.yaml (server.url), e.g. http://192.0.2.1:8080/.")
  String url;

  @Override
  public Integer call() throws IOException {
    Path target = dir != null ? dir : Path.of("");
    if (Files.isDirectory(target)) {
      try (Stream<Path> entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw UserError.invalid(target.toAbsolutePath().normalize() + " is not empty: lab init writes only into an empty or new directory");
        }
      }
    } else if (Files.exists(target)) {
      throw UserError.invalid(target.toAbsolutePath().normalize() + " exists and is not a directory");
    }
    if (url != null && !url.matches("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9._~/-]*)?")) {
      throw UserError.invalid("--url must be an http(s) URL such as http://192.0.2.1:8080/ (got '" + url + "')");
    }
    ExampleLab.write(target);
    if (url != null) {
      Path labYaml = target.resolve("lab.yaml");
      String text = Files.readString(labYaml);
      String replaced = text.replaceFirst("(?m)^(  url: ).*$", "$1" + java.util.regex.Matcher.quoteReplacement(
          url.endsWith("/") ? url : url + "/"));
      if (replaced.equals(text)) {
        throw new IllegalStateException("the example lab.yaml has no server url line to set");
      }
      Files.writeString(labYaml, replaced);
    }
    try (LabContext context = open(target)) {
      Lab lab = context.lab();
      out().printf("Created an example lab directory in %s: %d servers, %d profiles, %d images.%n",
          target.toAbsolutePath().normalize(), lab.servers().size(), lab.profiles().size(), lab.images().size());
      String first = lab.servers().keySet().iterator().next();
      out().printf("Next: lab validate --lab %s%n      lab render %s --lab %s%n", target, first, target);
    }
    return ExitCode.OK;
  }
}
