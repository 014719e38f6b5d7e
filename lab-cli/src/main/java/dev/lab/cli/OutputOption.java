package dev.lab.cli;

import picocli.CommandLine.Option;

/** The {@code --output text|json} option of list-like commands. */
public final class OutputOption {
  /** The output formats. */
  public enum Format { text, json }

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  public boolean json() {
    return format == Format.json;
  }
}
