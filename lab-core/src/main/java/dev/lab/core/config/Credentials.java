package dev.lab.core.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules for credentials: crypt(3) password hashes and OpenSSH public keys. */
final class Credentials {
  private static final String B64 = "[./A-Za-z0-9]";
  private static final String CRYPT = "\\$6\\$(rounds=[1-9][0-9]{3,8}\\$)?" + B64 + "{1,16}\\$" + B64 + "{86}"
      + "|\\$5\\$(rounds=[1-9][0-9]{3,8}\\$)?" + B64 + "{1,16}\\$" + B64 + "{43}"
      + "|\\$g?y\\$" + B64 + "{1,32}\\$" + B64 + "{1,86}\\$" + B64 + "{43}"
      + "|\\$7\\$" + B64 + "{11,97}\\$" + B64 + "{43}"
      + "|\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$" + B64 + "{53}";

  /** Key types OpenSSH accepts, each optionally as a certificate. */
  static final List<String> KEY_TYPES = List.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256",
      "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
      "sk-ecdsa-sha2-nistp256@openssh.com");

  private static final String COMMENT_CHARS = "[A-Za-z0-9@._:+=,/()-]";
  private static final String KEY = "(" + String.join("|", KEY_TYPES.stream()
      .map(t -> t.replace(".", "\\.")).toList()) + ")(-cert-v01@openssh\\.com)? (AAAA[A-Za-z0-9+/]+={0,2})"
      + "( " + COMMENT_CHARS + "+( " + COMMENT_CHARS + "+)*)?";

  /**
   * A crypt(3) hash: SHA-512 ({@code $6$}), SHA-256 ({@code $5$}), yescrypt ({@code $y$}, {@code
   * $gy$}), scrypt ({@code $7$}) or bcrypt ({@code $2b$}). Messages never quote the value: it may be
   * a password pasted by mistake.
   */
  static final TextRule PASSWORD_HASH = TextRule.matching(
      "a crypt(3) hash ($6$, $5$, $y$, $gy$, $7$ or $2b$)", CRYPT, Credentials::hashProblem);

  /** An OpenSSH public key line: type, base64 key and an optional comment. */
  static final TextRule SSH_KEY = TextRule.matching("an OpenSSH public key", KEY,
      v -> "'" + TextRule.shown(v) + "' is not an OpenSSH public key: write the line of a .pub file, "
          + "TYPE BASE64 [COMMENT], with type " + LabSyntax.oneOf(KEY_TYPES)
          + " (no options, comment of letters, digits and @ . _ : + = , / ( ) -)")
      .and(Credentials::keyBlobProblem);

  private static final Pattern KEY_PATTERN = Pattern.compile(KEY);

  private Credentials() {}

  private static String hashProblem(String v) {
    if (v.startsWith("$1$") || v.startsWith("$md5") || v.matches(B64 + "{13}")) {
      return "this is an MD5 or DES crypt hash, which is too weak: use SHA-512 ($6$) or yescrypt ($y$), "
          + "for example from 'mkpasswd -m yescrypt'";
    }
    if (!v.startsWith("$")) {
      return "this is not a crypt(3) hash (a plain password?): Lab takes only hashes; make one with "
          + "'mkpasswd -m yescrypt' or 'openssl passwd -6'";
    }
    return "this is not a well-formed crypt(3) hash: expected $6$[rounds=N$]SALT$HASH (86 characters), "
        + "$5$..., $y$PARAMS$SALT$HASH, $7$... or $2b$COST$..., characters . / A-Z a-z 0-9";
  }

  /** The base64 part must decode to a key blob that names the same type. */
  private static String keyBlobProblem(String v) {
    Matcher m = KEY_PATTERN.matcher(v);
    if (!m.matches()) {
      return null;
    }
    String type = m.group(1) + (m.group(2) == null ? "" : m.group(2));
    try {
      ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(m.group(3)));
      int length = blob.getInt();
      if (length <= 0 || length > blob.remaining()) {
        return "the key data of '" + TextRule.shown(v) + "' is damaged: copy the key line again";
      }
      byte[] name = new byte[length];
      blob.get(name);
      String inBlob = new String(name, StandardCharsets.US_ASCII);
      return inBlob.equals(type) ? null
          : "the key data of '" + TextRule.shown(v) + "' is a " + inBlob + " key, not " + type;
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
      return "the key data of '" + TextRule.shown(v) + "' is not valid base64: copy the key line again";
    }
  }
}
