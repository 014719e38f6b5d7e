package dev.lab.plugins.rootfs;

import java.util.Locale;

/** The compression of a rootfs archive, from its file name. */
final class Compression {
  private Compression() {}

  /** @return {@code zstd}, {@code gzip}, {@code xz} or {@code none}; null for a name that is no tar archive */
  static String of(String url) {
    String name = url.toLowerCase(Locale.ROOT);
    int query = name.indexOf('?');
    if (query >= 0) {
      name = name.substring(0, query);
    }
    if (name.endsWith(".tar.zst") || name.endsWith(".tzst")) {
      return "zstd";
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return "gzip";
    }
    if (name.endsWith(".tar.xz") || name.endsWith(".txz")) {
      return "xz";
    }
    return name.endsWith(".tar") ? "none" : null;
  }
}
