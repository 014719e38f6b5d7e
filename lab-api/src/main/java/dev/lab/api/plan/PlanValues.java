package dev.lab.api.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The value rules every plan record enforces when it is built. */
final class PlanValues {
  private static final Pattern ID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?");
  private static final Pattern DEVICE = Pattern.compile("/dev/[A-Za-z0-9][A-Za-z0-9/:._+@-]{0,250}");
  private static final Pattern TARGET_PATH = Pattern.compile("/([A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*)?");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SIZE = Pattern.compile("rest|[1-9][0-9]{0,12}(MiB|GiB|TiB)");
  static final Set<String> COMPRESSIONS = Set.of("zstd", "gzip", "xz", "none");

  private PlanValues() {}

  static String id(String id) {
    return matching(id, ID, "action id", "lowercase letters, digits and '-'");
  }

  static String device(String device) {
    String d = matching(device, DEVICE, "device", "a /dev path");
    return noDotSegments(d, "device");
  }

  static String targetPath(String path) {
    String p = matching(path, TARGET_PATH, "path", "an absolute path in the target of letters, digits, '.', '_', '@', '+' and '-'");
    return noDotSegments(p, "path");
  }

  static String sha256(String sha256) {
    return matching(sha256, SHA256, "sha256", "64 lowercase hexadecimal digits");
  }

  static String size(String size) {
    return matching(size, SIZE, "size", "a whole number of MiB, GiB or TiB, or 'rest'");
  }

  static String compression(String compression) {
    Objects.requireNonNull(compression, "compression");
    if (!COMPRESSIONS.contains(compression)) {
      throw new IllegalArgumentException("compression '" + compression + "' is not one of zstd, gzip, xz, none");
    }
    return compression;
  }

  static String url(String url) {
    Objects.requireNonNull(url, "url");
    if (!(url.startsWith("http://") || url.startsWith("https://")) || url.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
      throw new IllegalArgumentException("url '" + url + "' must be an http(s) URL without blanks or control characters");
    }
    return url;
  }

  static String oneOf(String value, Set<String> allowed, String what) {
    Objects.requireNonNull(value, what);
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(what + " '" + value + "' is not one of " + allowed.stream().sorted().toList());
    }
    return value;
  }

  static <T> List<T> nonEmpty(List<T> values, String what) {
    Objects.requireNonNull(values, what);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    values.forEach(v -> Objects.requireNonNull(v, what));
    return List.copyOf(values);
  }

  private static String matching(String value, Pattern pattern, String what, String rule) {
    Objects.requireNonNull(value, what);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " '" + value + "' must be " + rule);
    }
    return value;
  }

  private static String noDotSegments(String value, String what) {
    for (String segment : value.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(what + " '" + value + "' must not contain '.' or '..' segments");
      }
    }
    return value;
  }
}
