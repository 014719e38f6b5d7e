package dev.lab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a request path below {@code /artifacts/} to a regular file inside the artifact root, and
 * nothing else: a path with {@code .} or {@code ..} segments (plain or percent-encoded), empty
 * segments, backslashes, encoded slashes or control characters is malformed (400); a path that
 * does not name a regular file, or whose real location (symbolic links followed) is outside the
 * root, is not found (404).
 */
final class ArtifactPaths {
  private final Path root;

  /** @param root the artifact root, absolute; it need not exist */
  ArtifactPaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * @param rawPath the request path below {@code /artifacts/}, still percent-encoded
   * @return the real path of the file, or empty when there is no such artifact
   * @throws ProblemException 400 when the path is malformed
   */
  Optional<Path> resolve(String rawPath) throws IOException {
    List<String> segments = segments(rawPath);
    Path candidate = root;
    for (String segment : segments) {
      candidate = candidate.resolve(segment);
    }
    if (!candidate.normalize().startsWith(root) || !Files.exists(candidate)) {
      return Optional.empty();
    }
    Path realRoot;
    Path real;
    try {
      realRoot = root.toRealPath();
      real = candidate.toRealPath();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!real.startsWith(realRoot) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(real);
  }

  /** @return the decoded segments of a well-formed artifact path */
  static List<String> segments(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      throw malformed("the path names no artifact");
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/", -1)) {
      String segment = decode(raw);
      if (segment.isEmpty()) {
        throw malformed("the path has an empty segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw malformed("the path has a '" + segment + "' segment: artifacts are named by plain relative paths");
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c == '/' || c == '\\') {
          throw malformed("the path has an encoded slash or a backslash in a segment");
        }
        if (c < 0x20 || c == 0x7f) {
          throw malformed("the path has a control character");
        }
      }
      segments.add(segment);
    }
    return segments;
  }

  private static String decode(String raw) {
    return Percent.decode(raw).orElseThrow(() -> malformed("the path has a '%' that does not start a"
        + " percent-encoded byte, or is not UTF-8 once decoded"));
  }

  private static ProblemException malformed(String detail) {
    return ProblemException.badRequest("malformed-artifact-path", detail);
  }
}
