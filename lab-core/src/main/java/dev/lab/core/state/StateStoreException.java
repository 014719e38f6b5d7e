package dev.lab.core.state;

/** The state store failed (the database could not be read or written). */
public final class StateStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StateStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
