package dev.lab.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Packs a tree as {@code rootfs.tar.zst} with GNU tar: names sorted, numeric owners, extended
 * attributes and ACLs kept, access and change times dropped, so the same tree packs the same way.
 */
final class RootfsArchive {
  /** zstd's level: -10 packs a minimal Debian about as small as -19 in a fraction of the time. */
  static final int LEVEL = 10;

  private RootfsArchive() {}

  /** @return the tar command that packs {@code tree} into {@code archive} */
  static List<String> command(Path tree, Path archive) {
    return List.of("tar", "--create", "--file=" + archive, "--directory=" + tree, "--format=posix",
        "--sort=name", "--numeric-owner", "--xattrs", "--xattrs-include=*", "--acls",
        "--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime",
        "--use-compress-program=zstd -T0 -" + LEVEL + " -q", ".");
  }

  static void pack(Path tree, Path archive, Commands commands) {
    commands.run(command(tree, archive), Duration.ofMinutes(30));
  }

  /** @return the file's SHA-256 as 64 lowercase hex digits */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
