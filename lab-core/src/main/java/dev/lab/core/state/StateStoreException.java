package dev.lab.core.state;

/**
 * The state store failed: it could not be opened (configuration, connection, migration) or the
 * database could not be read or written. The message is written for the operator.
 */
public final class StateStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StateStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
