package dev.lab.api;

/**
 * Thrown by a plugin for an operation it does not implement yet. A plugin that throws it must also
 * say so from {@link InstallerPlugin#validate}, so users learn it before anything renders.
 */
public class NotImplementedException extends InstallerException {
  private static final long serialVersionUID = 1L;

  public NotImplementedException(String message) {
    super(message);
  }
}
