package dev.lab.api.model;

import java.util.Objects;

/**
 * A file a boot loader downloads.
 *
 * @param name a short file name for the loader (for example {@code initrd.img}); letters, digits,
 *     {@code .}, {@code _} and {@code -}
 * @param url where to download it
 */
public record BootFile(String name, String url) {
  public BootFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("boot file name '" + name + "' must be letters, digits, '.', '_' or '-'");
    }
  }
}
