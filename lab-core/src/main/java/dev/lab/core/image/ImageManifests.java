package dev.lab.core.image;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Reads and writes {@code manifest.json}, refusing a manifest that is incomplete or malformed. */
public final class ImageManifests {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private ImageManifests() {}

  /**
   * @param file a {@code manifest.json}
   * @return the manifest
   * @throws InvalidManifestException when it cannot be read, is not JSON of the expected shape, or
   *     lacks a field the catalog needs
   */
  public static ImageManifest read(Path file) {
    ImageManifest m;
    try {
      m = JSON.readValue(Files.readAllBytes(file), ImageManifest.class);
    } catch (JacksonException e) {
      throw new InvalidManifestException("is not a valid image manifest: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidManifestException("cannot be read: " + e.getMessage());
    }
    if (m == null) {
      throw new InvalidManifestException("is empty");
    }
    require(m.name(), "name");
    require(m.arch(), "arch");
    require(m.sha256(), "sha256");
    if (!SHA256.matcher(m.sha256()).matches()) {
      throw new InvalidManifestException("sha256 '" + m.sha256() + "' is not 64 lowercase hex digits");
    }
    if (m.size() <= 0) {
      throw new InvalidManifestException("size must be the archive's size in bytes, above 0");
    }
    return m;
  }

  /** Writes a manifest as indented JSON. */
  public static void write(ImageManifest manifest, Path file) throws IOException {
    Files.write(file, JSON.writeValueAsBytes(manifest));
  }

  /** @return the manifest as indented JSON */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidManifestException("has no " + field);
    }
  }

  /** A manifest that cannot be used; the message completes "FILE ..." */
  public static final class InvalidManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidManifestException(String message) {
      super(message);
    }
  }
}
