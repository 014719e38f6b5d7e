package dev.lab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lab image}: the rootfs archives Lab builds for its image catalog. */
@Command(name = "image", mixinStandardHelpOptions = true,
    description = "Build and list the rootfs archives of the image catalog (rootfs install method).",
    subcommands = {ImageBuildCommand.class, ImageListCommand.class})
final class ImageCommand implements Runnable {
  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required: build or list");
  }
}
