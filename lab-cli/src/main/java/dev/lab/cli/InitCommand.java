package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.config.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lab init}: writes a valid example lab directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write an example lab directory (servers on x86_64 and aarch64, a profile for every built-in OS).")
final class InitCommand extends BaseCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Where to create it (default: the current directory); must be empty or absent.")
  Path dir;

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
    ExampleLab.write(target);
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
