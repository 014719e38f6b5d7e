package dev.lab.core.onboard;

import java.util.Objects;

/**
 * A progress event an installer or agent posted.
 *
 * @param type its type, for example {@code install-started}, {@code install-failed}
 * @param message a human-readable message, nullable
 * @param data further details as a JSON object, nullable
 * @param failure whether it reports a failure of the install
 */
public record ProgressEvent(String type, String message, String data, boolean failure) {
  public ProgressEvent {
    Objects.requireNonNull(type, "type");
  }
}
