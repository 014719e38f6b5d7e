package dev.lab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code lab} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, Environment.ofProcess(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one {@code lab} command line.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
    return LabCommand.commandLine(environment, out, err).execute(args);
  }
}
