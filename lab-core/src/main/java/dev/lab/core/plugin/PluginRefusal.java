package dev.lab.core.plugin;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A plugin jar Lab did not load, and why.
 *
 * @param jar the jar (or other file) in a plugins folder
 * @param reason why it was refused, as a sentence fragment a user can act on; it names any other
 *     jar involved (for a duplicate, the jar that was loaded)
 */
public record PluginRefusal(Path jar, String reason) {
  public PluginRefusal {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(reason, "reason");
  }

  /** @return {@code <jar>: <reason>} */
  @Override
  public String toString() {
    return jar + ": " + reason;
  }
}
