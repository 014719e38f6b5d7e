package dev.lab.core.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one host tool (apt-get, dpkg-deb, readelf) and returns its standard output. */
final class HostCommand {
  private HostCommand() {
  }

  /**
   * @param dir working directory
   * @param env extra environment variables
   * @param argv the command
   * @return standard output
   * @throws AgentBuildException when the tool is missing or exits non-zero, with its error output
   */
  static String run(Path dir, Map<String, String> env, List<String> argv) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Path err = java.nio.file.Files.createTempFile("lab-agent", ".err");
      try {
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
          String text = java.nio.file.Files.readString(err, StandardCharsets.UTF_8).strip();
          throw new AgentBuildException("'" + String.join(" ", argv) + "' failed (exit " + code + ")"
              + (text.isEmpty() ? "" : ": " + tail(text)));
        }
        return out;
      } finally {
        java.nio.file.Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new AgentBuildException("cannot run " + argv.get(0) + " (is it installed?): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentBuildException("interrupted while running " + argv.get(0), e);
    }
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    int from = Math.max(0, lines.length - 10);
    return String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length));
  }
}
