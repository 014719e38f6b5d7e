package dev.lab.plugins.vyos.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An OpenSSH public key split the way VyOS stores it ({@code public-keys <name> type/key}).
 *
 * @param type the key type, one of {@link #TYPES}
 * @param key the base64 key blob
 * @param comment the comment after the key; empty when there is none
 */
public record SshPublicKey(String type, String key, String comment) {
  /** The key types VyOS 1.4 accepts for {@code public-keys type}. */
  public static final List<String> TYPES = List.of("ssh-dss", "ssh-rsa", "ecdsa-sha2-nistp256",
      "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-ed25519",
      "sk-ecdsa-sha2-nistp256@openssh.com", "sk-ssh-ed25519@openssh.com");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
  private static final Pattern BLANKS = Pattern.compile("[ \t]+");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@._+-]{0,63}");

  /**
   * Parses one {@code authorized_keys}-style line: {@code type base64 [comment]}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  public static SshPublicKey parse(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029') {
        throw new IllegalArgumentException("an SSH public key must be one line without control characters");
      }
    }
    String[] parts = BLANKS.split(line.strip(), 3);
    if (parts.length < 2 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("an SSH public key must read 'TYPE BASE64 [COMMENT]'");
    }
    String type = parts[0];
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(type.contains("=") || type.contains(",")
          ? "authorized_keys options before the key type are not supported by VyOS public-keys"
          : "key type '" + type + "' is not one VyOS 1.4 accepts (" + String.join(", ", TYPES) + ")");
    }
    String key = parts[1];
    if (!BASE64.matcher(key).matches() || key.length() % 4 != 0) {
      throw new IllegalArgumentException("the key of an SSH public key must be base64");
    }
    String blobType = blobType(Base64.getDecoder().decode(key));
    if (!type.equals(blobType)) {
      throw new IllegalArgumentException("the key blob is not a " + type + " key");
    }
    return new SshPublicKey(type, key, parts.length == 3 ? parts[2].strip() : "");
  }

  /**
   * @return the comment when it is a plain word VyOS can use as the key's name (letters, digits,
   *     {@code @ . _ + -}, at most 64 characters), else null
   */
  public String plainComment() {
    return PLAIN_NAME.matcher(comment).matches() ? comment : null;
  }

  /** @return the type name the OpenSSH wire format starts with, or null when there is none */
  private static String blobType(byte[] blob) {
    if (blob.length < 4) {
      return null;
    }
    int length = ByteBuffer.wrap(blob, 0, 4).getInt();
    if (length <= 0 || length >= blob.length - 4 || length > 64) {
      return null;
    }
    return new String(blob, 4, length, StandardCharsets.US_ASCII);
  }
}
