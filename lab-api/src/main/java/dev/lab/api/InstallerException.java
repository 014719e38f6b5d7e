package dev.lab.api;

/**
 * A plugin failed to produce an output for a reason that is not a problem with the user's input
 * (for example a template it ships is broken). Input problems are reported by {@link
 * InstallerPlugin#validate} or thrown as {@link UnsupportedConfigException}.
 */
public class InstallerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InstallerException(String message) {
    super(message);
  }

  public InstallerException(String message, Throwable cause) {
    super(message, cause);
  }
}
