package dev.lab.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder each boot test keeps its logs in: {@code target/it-logs/<test>/} (serial console,
 * the test server's request log, QEMU's output and command line, timings). The base folder is
 * the system property {@code lab.it.logs}, which the build sets; without it, {@code
 * target/it-logs} under the working directory.
 */
public final class ItLogs {

  private ItLogs() {
  }

  /**
   * An emptied folder for one test.
   *
   * @param name the test's name, e.g. {@code DebianInstallerNetbootIT/bios}; characters other
   *     than letters, digits, {@code .-_/} become {@code _}
   */
  public static Path dir(String name) {
    Path base = Path.of(System.getProperty("lab.it.logs", "target/it-logs")).toAbsolutePath();
    Path dir = base.resolve(name.replaceAll("[^A-Za-z0-9._/-]", "_")).normalize();
    if (!dir.startsWith(base) || dir.equals(base)) {
      throw new IllegalArgumentException("a log folder name must stay inside " + base + ": " + name);
    }
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            if (!path.equals(dir)) {
              Files.delete(path);
            }
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the log folder " + dir, e);
    }
  }
}
