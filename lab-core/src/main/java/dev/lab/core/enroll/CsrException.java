package dev.lab.core.enroll;

/** A certificate signing request that cannot be read; the message says what is wrong with it. */
public final class CsrException extends Exception {
  private static final long serialVersionUID = 1L;

  CsrException(String message) {
    super(message);
  }

  CsrException(String message, Throwable cause) {
    super(message, cause);
  }
}
