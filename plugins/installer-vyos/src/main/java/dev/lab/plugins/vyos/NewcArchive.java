package dev.lab.plugins.vyos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an uncompressed cpio archive in the "new ASCII" (newc) format, the format the Linux
 * kernel unpacks from every initrd it is given, in load order, into one initramfs. Headers are hex
 * text; names end with a NUL and names and contents are padded with NULs to four bytes. Owner
 * root, timestamps zero, so the same entries always give the same archive.
 *
 * <p>The archive is returned as a string whose UTF-8 encoding is the archive: sizes count UTF-8
 * bytes, so contents may hold any text.
 */
final class NewcArchive {
  private static final String MAGIC = "070701";
  private static final String TRAILER = "TRAILER!!!";
  private static final int DIRECTORY = 0040000;
  private static final int REGULAR = 0100000;

  private final List<String> parts = new ArrayList<>();
  private int offset;
  private int inode = 1;

  /** Adds a directory; its parents must come first or exist in an earlier initrd. */
  NewcArchive directory(String path, int permissions) {
    return entry(path, DIRECTORY | permissions, 2, "");
  }

  /** Adds a regular file. */
  NewcArchive file(String path, int permissions, String content) {
    return entry(path, REGULAR | permissions, 1, content);
  }

  /** @return the archive, ended by its trailer */
  String finish() {
    entry(TRAILER, 0, 1, "");
    return String.join("", parts);
  }

  private NewcArchive entry(String path, int mode, int links, String content) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\0")) {
      throw new IllegalArgumentException("bad archive path '" + path + "'");
    }
    int nameSize = path.getBytes(StandardCharsets.UTF_8).length + 1;
    int dataSize = content.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder header = new StringBuilder(MAGIC);
    int ino = TRAILER.equals(path) ? 0 : inode++;
    for (int field : new int[] {ino, mode, 0, 0, links, 0, dataSize, 0, 0, 0, 0, nameSize, 0}) {
      header.append(String.format(Locale.ROOT, "%08X", field));
    }
    append(header.toString());
    append(path + "\0");
    pad();
    append(content, dataSize);
    pad();
    return this;
  }

  private void append(String text) {
    append(text, text.getBytes(StandardCharsets.UTF_8).length);
  }

  private void append(String text, int bytes) {
    parts.add(text);
    offset += bytes;
  }

  private void pad() {
    int missing = (4 - offset % 4) % 4;
    append("\0".repeat(missing));
  }
}
