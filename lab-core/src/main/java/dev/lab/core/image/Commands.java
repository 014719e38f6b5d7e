package dev.lab.core.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the build's external commands, their output appended to a log file. */
final class Commands {
  private static final int TAIL = 20;
  private final Path log;

  Commands(Path log) {
    this.log = log;
  }

  /** Runs a command; fails with its last output lines when it exits non-zero or times out. */
  void run(List<String> argv, Duration timeout) {
    try {
      Files.writeString(log, "$ " + String.join(" ", argv) + "\n", StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Process p = new ProcessBuilder(argv).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw ImageBuildException.failed(argv.get(0) + " did not finish within " + timeout.toMinutes()
            + " minutes (log: " + log + ")");
      }
      if (p.exitValue() != 0) {
        throw ImageBuildException.failed(argv.get(0) + " failed with exit code " + p.exitValue() + " (log: "
            + log + "); its last output:\n" + tail());
      }
    } catch (IOException e) {
      throw ImageBuildException.failed("cannot run " + argv.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ImageBuildException.failed(argv.get(0) + " was interrupted");
    }
  }

  /** @return a command's whole standard output, or empty when it fails */
  static String output(List<String> argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? out.trim() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL), lines.size()));
  }
}
