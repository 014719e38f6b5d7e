package dev.lab.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Debian mirror the host's apt uses, from {@code sources.list} and {@code
 * sources.list.d/*.list|*.sources}: the first {@code deb} source whose URI ends in {@code /debian}.
 */
public final class AptMirrors {
  private AptMirrors() {}

  /**
   * @param aptDir the apt configuration directory, normally {@code /etc/apt}
   * @return the first Debian mirror found
   */
  public static Optional<String> debian(Path aptDir) {
    List<Path> files = new ArrayList<>();
    files.add(aptDir.resolve("sources.list"));
    Path d = aptDir.resolve("sources.list.d");
    if (Files.isDirectory(d)) {
      try (Stream<Path> list = Files.list(d)) {
        list.sorted().forEach(files::add);
      } catch (IOException e) {
        // An unreadable folder contributes nothing.
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      String text;
      try {
        text = Files.readString(f);
      } catch (IOException e) {
        continue;
      }
      String name = f.getFileName().toString();
      Optional<String> found = name.endsWith(".sources") ? fromDeb822(text) : fromOneLine(text);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** @return the first Debian mirror of a one-line-style {@code sources.list} */
  static Optional<String> fromOneLine(String text) {
    for (String line : text.split("\\n")) {
      String[] words = line.replaceAll("\\[[^]]*]", " ").trim().split("\\s+");
      if (words.length >= 3 && words[0].equals("deb") && isDebian(words[1])) {
        return Optional.of(strip(words[1]));
      }
    }
    return Optional.empty();
  }

  /** @return the first Debian mirror of a deb822-style {@code .sources} file */
  static Optional<String> fromDeb822(String text) {
    for (String stanza : text.split("\\n\\s*\\n")) {
      boolean deb = false;
      List<String> uris = List.of();
      for (String line : stanza.split("\\n")) {
        if (line.startsWith("Types:")) {
          deb = List.of(line.substring(6).trim().split("\\s+")).contains("deb");
        } else if (line.startsWith("URIs:")) {
          uris = List.of(line.substring(5).trim().split("\\s+"));
        }
      }
      if (deb) {
        for (String uri : uris) {
          if (isDebian(uri)) {
            return Optional.of(strip(uri));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isDebian(String uri) {
    return (uri.startsWith("http://") || uri.startsWith("https://")) && strip(uri).endsWith("/debian");
  }

  private static String strip(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
