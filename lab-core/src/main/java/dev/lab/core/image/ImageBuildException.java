package dev.lab.core.image;

/** An image cannot be built, for a reason the operator can act on; the message says which. */
public final class ImageBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean invalidInput;

  private ImageBuildException(String message, boolean invalidInput) {
    super(message);
    this.invalidInput = invalidInput;
  }

  /** @return a failure caused by what was asked (an image Lab cannot build) */
  public static ImageBuildException refused(String message) {
    return new ImageBuildException(message, true);
  }

  /** @return a failure of the build host (missing tool, not root, a command failed) */
  public static ImageBuildException failed(String message) {
    return new ImageBuildException(message, false);
  }

  /** @return whether the request itself is at fault, not the host */
  public boolean invalidInput() {
    return invalidInput;
  }
}
