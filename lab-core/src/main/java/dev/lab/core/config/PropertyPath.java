package dev.lab.core.config;

/** Property paths as users and plugins write them: {@code disk.partitions[1].size}. */
final class PropertyPath {
  private PropertyPath() {}

  /** @return the path of a named property of the value at {@code parent} */
  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** @return the path of a list element of the value at {@code parent} */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** @return the path with its last step removed; empty for a one-step path */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** @return {@code prefix} followed by {@code path}, as one path */
  static String join(String prefix, String path) {
    if (prefix.isEmpty() || path.isEmpty()) {
      return prefix + path;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /** @return how many steps the path has */
  static int depth(String path) {
    int n = 0;
    for (int i = 0; i < path.length(); i++) {
      n += path.charAt(i) == '.' || path.charAt(i) == '[' ? 1 : 0;
    }
    return n;
  }
}
