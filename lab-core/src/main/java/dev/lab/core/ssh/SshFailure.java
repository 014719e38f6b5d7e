package dev.lab.core.ssh;

/** SSH onboarding cannot go on, for a reason the operator can act on (the message says which). */
public final class SshFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SshFailure(String message) {
    super(message);
  }

  public SshFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
