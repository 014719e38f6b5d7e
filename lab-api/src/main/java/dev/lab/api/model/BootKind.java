package dev.lab.api.model;

/** How a boot spec's kernel is started. */
public enum BootKind {
  /** A Linux kernel with initrds. */
  LINUX,
  /** A multiboot(2) kernel (such as Xen) with modules, each with its own command line. */
  MULTIBOOT
}
