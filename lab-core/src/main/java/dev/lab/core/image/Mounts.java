package dev.lab.core.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Mount points under a build tree (debootstrap mounts /proc and /sys there), found and unmounted. */
final class Mounts {
  private Mounts() {}

  /** Unmounts, deepest first, everything mounted under {@code tree}. */
  static void unmountUnder(Path tree) {
    List<String> points;
    try {
      points = under(Files.readString(Path.of("/proc/self/mountinfo")), tree.toAbsolutePath().normalize().toString());
    } catch (IOException e) {
      return;
    }
    for (String p : points) {
      Commands.output(List.of("umount", "--lazy", p));
    }
  }

  /**
   * @param mountinfo the text of {@code /proc/self/mountinfo}
   * @param tree an absolute path
   * @return the mount points at or under {@code tree}, deepest first
   */
  static List<String> under(String mountinfo, String tree) {
    List<String> result = new ArrayList<>();
    for (String line : mountinfo.split("\\n")) {
      String[] fields = line.split(" ");
      if (fields.length < 5) {
        continue;
      }
      String point = unescape(fields[4]);
      if (point.equals(tree) || point.startsWith(tree + "/")) {
        result.add(point);
      }
    }
    result.sort(Comparator.comparingInt(String::length).reversed());
    return result;
  }

  private static String unescape(String field) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 3 < field.length()) {
        sb.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
