package dev.lab.core.config;

import java.util.Map;

/**
 * Where each property of one lab entity (the lab settings, a server, a profile, an image, a rule)
 * was written: entity-relative property paths mapped to file and line.
 *
 * <p>An entity sits at {@code prefix} in its file (empty for a file of its own, {@code images[2]}
 * for an entry of a list). Diagnostics print the file-level path, prefix included.
 */
final class Origins {
  private final String file;
  private final String prefix;
  private final Map<String, Location> locations;

  /**
   * @param file the entity's file, for paths not written at all
   * @param prefix the entity's path in its file
   * @param locations locations by file-level path, as the binder records them
   */
  Origins(String file, String prefix, Map<String, Location> locations) {
    this.file = file;
    this.prefix = prefix;
    this.locations = locations;
  }

  /** @return the entity's path in its file */
  String prefix() {
    return prefix;
  }

  /** @return the entity's file */
  String file() {
    return file;
  }

  /** @return the location of the property, else of its nearest written ancestor */
  Location find(String path) {
    String p = path;
    while (true) {
      Location found = locations.get(PropertyPath.join(prefix, p));
      if (found != null || p.isEmpty()) {
        return found != null ? found : new Location(file, 0);
      }
      p = PropertyPath.parent(p);
    }
  }

  /** @return a diagnostic about the entity-relative {@code path} at the place it was written */
  Diagnostic at(String path, String message) {
    Location at = find(path);
    return new Diagnostic(at.file(), at.line(), PropertyPath.join(prefix, path), message);
  }
}
