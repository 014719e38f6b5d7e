package dev.lab.core.ssh;

import java.util.Arrays;
import java.util.List;

/**
 * What a remote command did.
 *
 * @param exitCode its exit status
 * @param stdout its standard output
 * @param output its standard output and error, interleaved as they arrived
 */
public record CommandResult(int exitCode, String stdout, String output) {

  /** @return the last {@code n} lines of the interleaved output */
  public List<String> lastLines(int n) {
    List<String> lines = Arrays.asList(output.split("\\R"));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    return List.copyOf(lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }
}
