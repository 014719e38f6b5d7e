package dev.lab.api.model;

import java.util.Locale;

/** How the target disk is laid out. */
public enum DiskLayoutKind {
  /** The installer's automatic LVM layout. */
  LVM,
  /** The installer's automatic layout of plain partitions. */
  DIRECT,
  /** Exactly the partitions, volume groups and logical volumes the profile lists. */
  CUSTOM,
  /** The XCP-ng host layout: root, backup root, SR, ESP, log, swap. */
  XCPNG;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
