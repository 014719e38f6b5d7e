package dev.lab.it.qemu;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the host programs and firmware files the boot tests use. Each can be overridden by a
 * system property; the defaults are where Debian's packages (listed in {@code lab-it/packages.txt})
 * install them.
 */
public final class HostTools {

  private static final String INSTALL_HINT =
      " (install the Debian packages listed in lab-it/packages.txt, or set -D%s=PATH)";

  private HostTools() {
  }

  /** {@code qemu-system-x86_64} (package qemu-system-x86); property {@code lab.it.qemu}. */
  public static Path qemu() {
    return program("lab.it.qemu", "qemu-system-x86_64");
  }

  /** {@code qemu-img} (package qemu-utils); property {@code lab.it.qemu-img}. */
  public static Path qemuImg() {
    return program("lab.it.qemu-img", "qemu-img");
  }

  /**
   * {@code nc} (package netcat-openbsd): QEMU runs it for each guest connection to the test
   * server; property {@code lab.it.nc}.
   */
  public static Path netcat() {
    return program("lab.it.nc", "nc");
  }

  /** OVMF's read-only code image (package ovmf); property {@code lab.it.ovmf-code}. */
  public static Path ovmfCode() {
    return file("lab.it.ovmf-code", "/usr/share/OVMF/OVMF_CODE_4M.fd");
  }

  /** OVMF's variable store template, copied for each VM (package ovmf); {@code lab.it.ovmf-vars}. */
  public static Path ovmfVars() {
    return file("lab.it.ovmf-vars", "/usr/share/OVMF/OVMF_VARS_4M.fd");
  }

  private static Path program(String property, String name) {
    String configured = System.getProperty(property);
    if (configured != null) {
      return existing(property, Path.of(configured));
    }
    return onPath(name).orElseThrow(() -> new IllegalStateException(
        name + " is not on the PATH" + String.format(INSTALL_HINT, property)));
  }

  private static Path file(String property, String defaultPath) {
    return existing(property, Path.of(System.getProperty(property, defaultPath)));
  }

  private static Path existing(String property, Path path) {
    if (!Files.isReadable(path)) {
      throw new IllegalStateException(path + " does not exist or cannot be read" + String.format(INSTALL_HINT,
          property));
    }
    return path;
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
