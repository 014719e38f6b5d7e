package dev.lab.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        if (c > 0x7f) {
          throw malformed("the path has a character that is not percent-encoded");
        }
        bytes.write(c);
        continue;
      }
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
          || Character.digit(raw.charAt(i + 2), 16) < 0) {
        throw malformed("the path has a '%' that does not start a percent-encoded byte");
      }
      bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw malformed("the path is not UTF-8 once decoded");
    }
  }

  private static ProblemException malformed(String detail) {
    return ProblemException.badRequest("malformed-artifact-path", detail);
  }
}
