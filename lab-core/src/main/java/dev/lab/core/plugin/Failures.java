package dev.lab.core.plugin;

/** Turns a failure inside a plugin into words for a refusal, without exception class names. */
final class Failures {
  private Failures() {}

  /** @return the innermost cause's message, or what kind of thing was missing */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
      return "class " + (message == null ? "?" : message.replace('/', '.'))
          + " is in neither the jar nor what Lab provides";
    }
    return message == null || message.isBlank() ? "it gave no reason" : message.strip();
  }
}
