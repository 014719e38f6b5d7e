package dev.lab.core.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a cpio archive in the "newc" format the Linux kernel unpacks as an initramfs. Every entry
 * is owned by root, whoever runs the build.
 */
final class CpioWriter implements AutoCloseable {
  private static final int DIR = 0040000;
  private static final int FILE = 0100000;
  private static final int LINK = 0120000;
  private static final int CHAR = 0020000;

  private final OutputStream out;
  private final Set<String> names = new HashSet<>();
  private long written;
  private int inode = 1;

  CpioWriter(OutputStream out) {
    this.out = out;
  }

  void directory(String name, int mode) throws IOException {
    entry(name, DIR | mode, 0, 0, new byte[0]);
  }

  void file(String name, int mode, byte[] content) throws IOException {
    entry(name, FILE | mode, 0, 0, content);
  }

  void symlink(String name, String target) throws IOException {
    entry(name, LINK | 0777, 0, 0, target.getBytes(StandardCharsets.UTF_8));
  }

  void charDevice(String name, int mode, int major, int minor) throws IOException {
    entry(name, CHAR | mode, major, minor, new byte[0]);
  }

  /** @return whether an entry of that name was written */
  boolean contains(String name) {
    return names.contains(strip(name));
  }

  private void entry(String name, int mode, int major, int minor, byte[] data) throws IOException {
    String n = strip(name);
    if (!names.add(n)) {
      throw new IllegalStateException("initramfs entry written twice: " + n);
    }
    header(n, mode, major, minor, data.length, (mode & DIR) == DIR ? 2 : 1);
    out.write(data);
    written += data.length;
    pad();
  }

  private static String strip(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }

  private void header(String name, int mode, int major, int minor, int size, int nlink) throws IOException {
    byte[] n = (name + "\0").getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder("070701");
    for (long v : new long[] {inode++, mode, 0, 0, nlink, 0, size, 0, 0, major, minor, n.length, 0}) {
      h.append(String.format("%08x", v));
    }
    byte[] hb = h.toString().getBytes(StandardCharsets.US_ASCII);
    out.write(hb);
    out.write(n);
    written += hb.length + n.length;
    pad();
  }

  private void pad() throws IOException {
    while (written % 4 != 0) {
      out.write(0);
      written++;
    }
  }

  @Override
  public void close() throws IOException {
    header("TRAILER!!!", 0, 0, 0, 0, 1);
    out.close();
  }
}
