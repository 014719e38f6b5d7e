package dev.lab.api.model;

import java.util.Objects;

/**
 * One kernel command-line argument, as data: a key and an optional value. Boot loaders quote it
 * their own way; nothing joins arguments into a string before the host renders them for a loader.
 *
 * @param key the argument's name, for example {@code console} or {@code inst.ks}; printable ASCII
 *     without spaces, quotes or {@code =}
 * @param value its value, nullable for a flag such as {@code quiet}
 */
@Doc("A kernel argument: a key and an optional value.")
public record KernelArg(
    @Doc(value = "Argument name.", required = true, example = "console") String key,
    @Doc(value = "Value; absent for a flag.", example = "ttyS0,115200") String value) {

  public KernelArg {
    Objects.requireNonNull(key, "key");
  }

  public static KernelArg of(String key, String value) {
    return new KernelArg(key, value);
  }

  public static KernelArg flag(String key) {
    return new KernelArg(key, null);
  }

  /** @return {@code key=value} or {@code key}, unquoted: for display and tests only */
  @Override
  public String toString() {
    return value == null ? key : key + "=" + value;
  }
}
