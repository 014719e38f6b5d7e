package dev.lab.api.model;

import java.util.Locale;
import java.util.Optional;

/** A CPU architecture, named as Linux distributions name it. */
public enum Architecture {
  X86_64,
  AARCH64,
  RISCV64;

  /** @return the name users write, for example {@code x86_64} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return the architecture a user's word names, if any */
  public static Optional<Architecture> fromId(String id) {
    for (Architecture a : values()) {
      if (a.id().equals(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id();
  }
}
