package dev.lab.plugins.rootfs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hands out unique, well-formed action ids: a base id, then {@code base-2}, {@code base-3}... */
final class ActionIds {
  private final Set<String> used = new HashSet<>();

  /** @return {@code base} made an id (lowercase letters, digits, single dashes), unique in this plan */
  String unique(String base) {
    String slug = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 56) {
      slug = slug.substring(0, 56).replaceAll("-+$", "");
    }
    String id = slug;
    for (int n = 2; !used.add(id); n++) {
      id = slug + "-" + n;
    }
    return id;
  }
}
