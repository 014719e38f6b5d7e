package dev.lab.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the Lab API this jar was built as, which is the version of the Lab host. */
public final class LabVersion {
  private static final String VERSION = load();

  private LabVersion() {}

  /** @return the full version, for example {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return VERSION;
  }

  /**
   * @return the version without a pre-release qualifier (for example {@code 0.1.0}), which is what
   *     a plugin's {@code Plugin-Requires} expression is checked against
   */
  public static String release() {
    int dash = VERSION.indexOf('-');
    return dash < 0 ? VERSION : VERSION.substring(0, dash);
  }

  private static String load() {
    try (InputStream in = LabVersion.class.getResourceAsStream("lab-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("lab-version.properties is missing from the lab-api jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lab-version.properties", e);
    }
  }
}
