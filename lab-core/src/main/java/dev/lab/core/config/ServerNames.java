package dev.lab.core.config;

import java.util.Optional;

/** The syntax of a server's name, for names that come from elsewhere than a server file. */
public final class ServerNames {
  private ServerNames() {}

  /** @return what is wrong with {@code name} as a server's name, if anything */
  public static Optional<String> problem(String name) {
    return Optional.ofNullable(LabSyntax.SERVER_NAME.problem(name));
  }
}
