package dev.lab.it.lab;

import dev.lab.cli.Environment;
import dev.lab.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** The real {@code lab} command line, run in-process with the distribution's built-in plugins. */
final class LabCommandLine {
  record Result(int code, String out, String err) {
  }

  private LabCommandLine() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), new Environment(Map.of(),
        Path.of(System.getProperty("lab.builtinPlugins")), InputStream.nullInputStream()), args);
    return new Result(code, out.toString(), err.toString());
  }
}
