package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <root-password type="hash">$6$...</root-password>}: root's password as a crypt(3) hash. */
public final class RootPassword {
  @XmlAttribute(name = "type")
  private String type;
  @XmlValue
  private String hash;

  /** For Jakarta XML Binding only. */
  RootPassword() {}

  private RootPassword(String hash) {
    this.type = "hash";
    this.hash = hash;
  }

  /** @return root's password given as a crypt(3) hash (Lab never writes a plaintext password) */
  public static RootPassword hash(String hash) {
    return new RootPassword(hash);
  }
}
