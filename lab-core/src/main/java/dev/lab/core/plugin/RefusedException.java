package dev.lab.core.plugin;

/** Why one plugin jar cannot be loaded; becomes a {@link PluginRefusal}. */
final class RefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  RefusedException(String reason) {
    super(reason, null, false, false);
  }
}
