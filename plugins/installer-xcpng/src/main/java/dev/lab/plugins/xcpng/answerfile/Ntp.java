package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;

/**
 * {@code <ntp source="manual"/>}: where the host's NTP servers come from. The installer accepts
 * {@code <ntp-server>} elements only with {@code manual}.
 */
public final class Ntp {
  @XmlAttribute(name = "source")
  private String source;

  /** For Jakarta XML Binding only. */
  Ntp() {}

  /** @param source {@code dhcp}, {@code default} or {@code manual} */
  public Ntp(String source) {
    this.source = source;
  }
}
