package dev.lab.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves paths inside an extracted tree, following symbolic links as the target system would. */
final class TreePaths {
  private static final int MAX_LINKS = 40;

  private TreePaths() {
  }

  /**
   * @param root the tree
   * @param absolute a path in the target system, e.g. {@code /lib64/ld-linux-x86-64.so.2}
   * @return the regular file in the tree it names after following links (absolute links stay
   *     inside the tree), or null when there is none
   */
  static Path resolve(Path root, String absolute) {
    String path = absolute;
    for (int hops = 0; hops < MAX_LINKS; hops++) {
      Path p = root.resolve(path.replaceFirst("^/+", "")).normalize();
      Path parent = realParent(root, p);
      if (parent == null) {
        return null;
      }
      p = parent.resolve(p.getFileName());
      if (!Files.isSymbolicLink(p)) {
        return Files.isRegularFile(p) ? p : null;
      }
      try {
        String target = Files.readSymbolicLink(p).toString();
        path = target.startsWith("/") ? target
            : "/" + root.relativize(p.getParent().resolve(target).normalize());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  /** Resolves links in the directories above {@code p} (Debian's /lib64 and such). */
  private static Path realParent(Path root, Path p) {
    Path dir = p.getParent();
    if (dir == null || !dir.startsWith(root)) {
      return null;
    }
    if (dir.equals(root)) {
      return root;
    }
    Path up = realParent(root, dir);
    if (up == null) {
      return null;
    }
    Path d = up.resolve(dir.getFileName());
    if (Files.isSymbolicLink(d)) {
      Path r = resolveDir(root, d);
      return r;
    }
    return Files.isDirectory(d) ? d : null;
  }

  private static Path resolveDir(Path root, Path link) {
    try {
      String target = Files.readSymbolicLink(link).toString();
      Path t = target.startsWith("/") ? root.resolve(target.substring(1)).normalize()
          : link.getParent().resolve(target).normalize();
      return t.startsWith(root) && Files.isDirectory(t) ? t : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
