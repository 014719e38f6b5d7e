package dev.lab.core.agent;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Writes initramfs entries through a {@link CpioWriter}, creating parent directories first. */
final class InitramfsTree {
  private final CpioWriter cpio;
  private final Set<String> dirs = new HashSet<>();

  InitramfsTree(CpioWriter cpio) {
    this.cpio = cpio;
  }

  void directory(String path) throws IOException {
    if (path.equals("/") || dirs.contains(path)) {
      return;
    }
    parents(path);
    dirs.add(path);
    cpio.directory(path, 0755);
  }

  void file(String path, int mode, byte[] content) throws IOException {
    parents(path);
    cpio.file(path, mode, content);
  }

  void symlink(String path, String target) throws IOException {
    parents(path);
    cpio.symlink(path, target);
  }

  void charDevice(String path, int major, int minor) throws IOException {
    parents(path);
    cpio.charDevice(path, 0600, major, minor);
  }

  private void parents(String path) throws IOException {
    int slash = path.lastIndexOf('/');
    if (slash > 0) {
      directory(path.substring(0, slash));
    }
  }
}
