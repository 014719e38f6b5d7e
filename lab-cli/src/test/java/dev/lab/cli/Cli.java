package dev.lab.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real `lab` command line in-process with the distribution's built-in plugins. */
final class Cli {
  /** The built-in plugin jars the build copied for the tests (never on the class path). */
  static final Path BUILTIN_PLUGINS = Path.of(System.getProperty("lab.builtinPlugins", "target/plugins"));

  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return runWithInput("", args);
  }

  static Result runWithEnv(Map<String, String> env, String... args) {
    return run(env, "", args);
  }

  static Result runWithInput(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  private static Result run(Map<String, String> vars, String stdin, String... args) {
    if (!Files.isDirectory(BUILTIN_PLUGINS)) {
      throw new IllegalStateException("no built-in plugins at " + BUILTIN_PLUGINS + ": run the tests through Maven");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(vars, BUILTIN_PLUGINS,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
    return new Result(code, out.toString(), err.toString());
  }
}
