package dev.lab.api.model;

import java.util.Objects;

/**
 * One generated file.
 *
 * @param name a plain file name, unique within one output, for example {@code ks.cfg}
 * @param mediaType its media type, for example {@code text/plain} or {@code application/xml}
 * @param content its text
 */
public record RenderedFile(String name, String mediaType, String content) {
  public RenderedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("file name '" + name + "' must be a plain file name");
    }
  }

  public static RenderedFile text(String name, String content) {
    return new RenderedFile(name, "text/plain; charset=utf-8", content);
  }
}
