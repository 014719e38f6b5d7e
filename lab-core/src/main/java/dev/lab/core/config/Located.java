package dev.lab.core.config;

/**
 * A bound lab entity and where its properties were written.
 *
 * @param name the entity's name
 * @param value the entity
 * @param origins where its properties were written
 * @param <T> the entity's type
 */
record Located<T>(String name, T value, Origins origins) {
  /** @return a diagnostic about one of its properties */
  Diagnostic at(String path, String message) {
    return origins.at(path, message);
  }
}
