package dev.lab.plugins.vyos.model;

import dev.lab.api.Problem;
import dev.lab.api.model.Profile;
import java.util.List;
import java.util.Set;

/**
 * The {@code Profile.options} keys the vyos plugin reads. Every key starting with {@code vyos.}
 * must be one of these; other plugins' keys are ignored.
 *
 * <ul>
 *   <li>{@code vyos.ssh.port}: the port VyOS's SSH service listens on, 1-65535, default 22.
 * </ul>
 */
public final class VyosOptions {
  /** The SSH port option. */
  public static final String SSH_PORT = "vyos.ssh.port";
  private static final Set<String> KNOWN = Set.of(SSH_PORT);
  private static final String DEFAULT_SSH_PORT = "22";

  private VyosOptions() {}

  /** @return the SSH port as text; call only on a profile {@link #check} accepted */
  public static String sshPort(Profile profile) {
    return profile.option(SSH_PORT, DEFAULT_SSH_PORT);
  }

  /** Adds a problem for every unknown {@code vyos.} key and every bad value. */
  public static void check(Profile profile, List<Problem> problems) {
    for (String key : profile.options().keySet().stream().sorted().toList()) {
      String path = "profile.options." + key;
      if (key.startsWith("vyos.") && !KNOWN.contains(key)) {
        problems.add(Problem.of(path, "unknown vyos option: the vyos plugin reads only " + SSH_PORT));
      }
    }
    String port = profile.options().get(SSH_PORT);
    if (port != null && !isPort(port)) {
      problems.add(Problem.of("profile.options." + SSH_PORT, "must be a port number from 1 to 65535"));
    }
  }

  private static boolean isPort(String text) {
    if (!text.matches("[1-9][0-9]{0,4}")) {
      return false;
    }
    return Integer.parseInt(text) <= 65535;
  }
}
