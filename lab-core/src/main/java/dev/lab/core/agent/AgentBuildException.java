package dev.lab.core.agent;

/** The agent OS could not be built; the message says which step failed and why. */
public final class AgentBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AgentBuildException(String message) {
    super(message);
  }

  public AgentBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
