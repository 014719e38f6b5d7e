package dev.lab.plugins.autoinstall;

import dev.lab.api.model.InstallConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cloud-init instance id of one onboarding: {@code lab-<hostname>-<digest>}, where the digest is
 * taken over the server's name and the onboarding's file URL (which holds its secret token). The same
 * onboarding always gets the same id; a new onboarding of the same machine (a re-approval) gets a new
 * one, so cloud-init treats it as a new instance. The token itself never appears.
 */
final class InstanceId {
  private static final int DIGEST_BYTES = 8;

  private InstanceId() {}

  static String of(InstallConfig config) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(config.server().name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(config.urls().files().getBytes(StandardCharsets.UTF_8));
      byte[] digest = sha.digest();
      return "lab-" + config.server().hostname() + "-"
          + HexFormat.of().formatHex(digest, 0, DIGEST_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
