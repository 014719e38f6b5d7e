package dev.lab.core.ssh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OS a machine runs, from its {@code /etc/os-release} (os-release(5): shell-style
 * {@code KEY=value} lines, values optionally quoted).
 *
 * @param id {@code ID}, e.g. {@code debian}
 * @param versionId {@code VERSION_ID}, e.g. {@code 12}; nullable (rolling releases)
 * @param idLike {@code ID_LIKE}, e.g. {@code [debian]} for Ubuntu
 * @param prettyName {@code PRETTY_NAME}, for messages
 */
public record OsRelease(String id, String versionId, List<String> idLike, String prettyName) {

  public OsRelease {
    idLike = List.copyOf(idLike);
  }

  /**
   * @return the parsed file
   * @throws SshFailure when it has no ID
   */
  public static OsRelease parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      int eq = l.indexOf('=');
      if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
        continue;
      }
      values.put(l.substring(0, eq), unquote(l.substring(eq + 1)));
    }
    String id = values.get("ID");
    if (id == null || id.isBlank()) {
      throw new SshFailure("the machine's /etc/os-release has no ID: Lab cannot tell which OS it runs");
    }
    List<String> like = new ArrayList<>();
    for (String w : values.getOrDefault("ID_LIKE", "").split("\\s+")) {
      if (!w.isBlank()) {
        like.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return new OsRelease(id.toLowerCase(Locale.ROOT), values.get("VERSION_ID"), like,
        values.getOrDefault("PRETTY_NAME", id));
  }

  /** @return the ID, then the ID_LIKE entries: the OS families to look for a plugin by, in order */
  public List<String> families() {
    List<String> all = new ArrayList<>();
    all.add(id);
    all.addAll(idLike);
    return all;
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
      s = s.substring(1, s.length() - 1).replaceAll("\\\\([\"$`\\\\])", "$1");
    }
    return s;
  }
}
