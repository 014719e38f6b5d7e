package dev.lab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --lab DIR} option shared by every command that reads a lab directory. */
public final class LabDirOption {
  @Option(names = "--lab", paramLabel = "DIR",
      description = "The lab directory (default: $LAB_DIR, else the current directory).")
  private Path dir;

  /** @return the chosen lab directory */
  public Path dir(java.util.Map<String, String> env) {
    if (dir != null) {
      return dir;
    }
    String fromEnv = env.get("LAB_DIR");
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of("");
  }
}
