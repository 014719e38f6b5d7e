package dev.lab.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example lab directory that {@code lab init} writes: a few servers on x86_64 and aarch64,
 * profiles for every built-in OS, the image catalog and auto-onboard rules. It is the repository's
 * {@code examples/lab/} folder, packaged into lab-core under {@code example-lab/}.
 */
public final class ExampleLab {
  private static final String ROOT = "example-lab";

  private ExampleLab() {}

  /**
   * Writes the example lab directory.
   *
   * @param dir the target: a directory that does not exist yet or is empty
   * @return the files written, relative to {@code dir}, in order
   * @throws IllegalArgumentException if {@code dir} is a file or a non-empty directory (nothing is
   *     written then)
   * @throws IOException if writing fails
   */
  public static List<Path> write(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + " is a file: give a new or empty directory");
      }
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(dir + " is not empty: the example lab is written only into a "
              + "new or empty directory");
        }
      }
    }
    URL marker = ExampleLab.class.getResource("/" + ROOT + "/lab.yaml");
    if (marker == null) {
      throw new IllegalStateException("the example lab is missing from Lab's class path");
    }
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the example lab's location is not a valid URI", e);
    }
    if (!uri.getScheme().equals("jar")) {
      return copy(Path.of(uri).getParent(), dir);
    }
    FileSystem opened = null;
    FileSystem fs;
    try {
      fs = opened = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      fs = FileSystems.getFileSystem(uri);
    }
    try {
      return copy(fs.getPath("/" + ROOT), dir);
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  private static List<Path> copy(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> written = new ArrayList<>();
    Files.createDirectories(to);
    for (Path file : files) {
      Path relative = Path.of(from.relativize(file).toString().replace(from.getFileSystem().getSeparator(), "/"));
      Path target = to.resolve(relative.toString());
      Files.createDirectories(target.getParent());
      try (InputStream in = Files.newInputStream(file)) {
        Files.copy(in, target);
      }
      written.add(relative);
    }
    return List.copyOf(written);
  }
}
