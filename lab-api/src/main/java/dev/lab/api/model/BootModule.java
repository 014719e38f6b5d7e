package dev.lab.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A multiboot module with its own command line.
 *
 * @param file the module file
 * @param args its command-line arguments
 */
public record BootModule(BootFile file, List<KernelArg> args) {
  public BootModule {
    Objects.requireNonNull(file, "file");
    args = args == null ? List.of() : List.copyOf(args);
  }
}
