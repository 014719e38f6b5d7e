package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <source type="url">http://.../</source>}: the installation repository. */
public final class Source {
  @XmlAttribute(name = "type")
  private String type;
  @XmlValue
  private String location;

  /** For Jakarta XML Binding only. */
  Source() {}

  private Source(String location) {
    this.type = "url";
    this.location = location;
  }

  /** @return a repository reached by URL (http, https, ftp, or nfs:// which the installer maps to NFS) */
  public static Source url(String url) {
    return new Source(url);
  }
}
