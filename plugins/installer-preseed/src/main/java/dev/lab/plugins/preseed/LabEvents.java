package dev.lab.plugins.preseed;

import dev.lab.api.Escape;
import dev.lab.api.model.InstallUrls;

/**
 * The shell commands by which the installer reports progress to Lab: JSON bodies POSTed with the
 * GNU Wget that debian-installer 12 ships in its initrd (udeb {@code wget-udeb}; its BusyBox has no
 * {@code wget} applet), so they run in the installer's own environment, before and after the
 * target system exists.
 */
final class LabEvents {
  private static final String WGET_POST = "wget -q -T 15 -t 3 -O /dev/null"
      + " --header='Content-Type: application/json' --post-data=";

  private final InstallUrls urls;

  LabEvents(InstallUrls urls) {
    this.urls = urls;
  }

  /**
   * @param type the event type, a fixed word Lab defines
   * @param message a fixed message Lab defines (letters, digits, blanks and {@code .,;:()-/})
   * @return a command posting the event that never fails the installer
   */
  String report(String type, String message) {
    return WGET_POST + Escape.shell(json(type, message)) + " " + Escape.shell(urls.events()) + " || true";
  }

  /**
   * Shell function definitions for late_command: {@code lab_event TYPE MESSAGE} posts an event,
   * {@code lab_fail MESSAGE} posts {@code install-failed} and stops the command with an error, which
   * makes d-i halt with its "command failed" dialog instead of rebooting.
   */
  String functions() {
    return "lab_event() { " + WGET_POST + "\"{\\\"type\\\":\\\"$1\\\",\\\"message\\\":\\\"$2\\\"}\" "
        + Escape.shell(urls.events()) + " || true; }; "
        + "lab_fail() { lab_event install-failed \"late_command: $1\"; exit 1; }";
  }

  /** @return a late_command step calling {@code lab_event} */
  String event(String type, String message) {
    return Shell.command("lab_event", checked(type), checked(message));
  }

  /** @return a command POSTing the completion call, which flips the machine to local boot */
  String done() {
    return WGET_POST + Escape.shell(json("install-finished", "debian-installer finished; rebooting"))
        + " " + Escape.shell(urls.done());
  }

  private static String json(String type, String message) {
    return "{\"type\":\"" + checked(type) + "\",\"message\":\"" + checked(message) + "\"}";
  }

  private static String checked(String fixed) {
    if (!fixed.matches("[A-Za-z0-9 .,;:()/-]+")) {
      throw new IllegalArgumentException("event text must be plain: " + fixed);
    }
    return fixed;
  }
}
