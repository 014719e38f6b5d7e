package dev.lab.api;

import java.util.Objects;

/**
 * One thing wrong with an input, found before anything renders.
 *
 * <p>Plugins name the offending property by its path from the roots of {@link
 * dev.lab.api.model.InstallConfig}: {@code server.*}, {@code profile.*} or {@code image.*}, for example
 * {@code profile.disk.layout} or {@code server.network.interfaces[1].vlanId}. The host maps that path
 * to the file and line the user wrote it in. Use the bare root ({@code server}, {@code profile},
 * {@code image}) when no single property is at fault.
 *
 * @param property the path of the property at fault, never blank
 * @param message why it is wrong, as a sentence fragment a user can act on (no trailing period)
 */
public record Problem(String property, String message) {
  public Problem {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(message, "message");
    if (property.isBlank()) {
      throw new IllegalArgumentException("a problem must name a property");
    }
  }

  public static Problem of(String property, String message) {
    return new Problem(property, message);
  }

  @Override
  public String toString() {
    return property + ": " + message;
  }
}
