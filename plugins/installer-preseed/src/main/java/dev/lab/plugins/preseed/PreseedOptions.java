package dev.lab.plugins.preseed;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preseed plugin's settings in {@code Profile.options}:
 *
 * <ul>
 *   <li>{@code tasks}: the tasksel tasks to install, comma-separated (default {@code standard,
 *       ssh-server}), for example {@code standard, ssh-server, web-server}.
 * </ul>
 *
 * @param tasks the tasks in {@code tasksel/first}'s format, {@code ", "}-separated
 */
record PreseedOptions(String tasks) {
  static final String TASKS = "tasks";
  private static final Set<String> KNOWN = Set.of(TASKS);
  private static final String DEFAULT_TASKS = "standard, ssh-server";

  static PreseedOptions of(Profile profile) {
    String tasks = profile.option(TASKS, DEFAULT_TASKS);
    return new PreseedOptions(String.join(", ", split(tasks)));
  }

  static List<Problem> validate(Profile profile) {
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : profile.options().entrySet()) {
      if (!KNOWN.contains(e.getKey())) {
        String where = e.getKey().matches("[A-Za-z0-9_.-]{1,64}") ? "profile.options." + e.getKey() : "profile.options";
        problems.add(Problem.of(where, "unknown preseed option; the preseed plugin knows: " + KNOWN));
      }
    }
    String tasks = profile.options().get(TASKS);
    if (tasks != null) {
      List<String> names = split(tasks);
      if (names.isEmpty() || !names.stream().allMatch(t -> t.matches("[a-z0-9][a-z0-9-]{0,40}"))) {
        problems.add(Problem.of("profile.options." + TASKS, "write tasksel task names separated by commas,"
            + " for example 'standard, ssh-server' (lowercase letters, digits and '-')"));
      }
    }
    return problems;
  }

  private static List<String> split(String tasks) {
    List<String> out = new ArrayList<>();
    for (String t : tasks.split(",", -1)) {
      if (!t.strip().isEmpty() || tasks.isBlank()) {
        out.add(t.strip());
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }
}
