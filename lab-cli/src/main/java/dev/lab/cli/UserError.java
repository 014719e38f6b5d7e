package dev.lab.cli;

/** A command cannot do what was asked, for a reason the user can act on. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  static UserError invalid(String message) {
    return new UserError(message, ExitCode.INVALID_INPUT);
  }

  int exitCode() {
    return exitCode;
  }
}
