package dev.lab.api.model;

import java.util.Locale;

/** The two ways Lab installs an OS. */
public enum InstallMethod {
  /** The OS's own installer, driven by its answer file. */
  NATIVE,
  /** Lab's agent deploys a rootfs archive or image onto the disk. */
  ROOTFS;

  /** @return the name users write, for example {@code native} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
