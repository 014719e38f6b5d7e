package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/**
 * {@code <script stage="filesystem-populated" type="url">http://.../x.sh</script>}: a script the
 * installer downloads and runs at a stage. It must start with {@code #!/bin/sh}, {@code #!/bin/bash}
 * or {@code #!/usr/bin/python}; the {@code filesystem-populated} stage passes the installed root's
 * mount point, {@code installation-complete} passes 0 (success) or 1 (failure).
 */
public final class Script {
  @XmlAttribute(name = "stage")
  private String stage;
  @XmlAttribute(name = "type")
  private String type;
  @XmlValue
  private String url;

  /** For Jakarta XML Binding only. */
  Script() {}

  private Script(String stage, String url) {
    this.stage = stage;
    this.type = "url";
    this.url = url;
  }

  /** @return a script fetched from a URL and run at the given stage */
  public static Script url(String stage, String url) {
    return new Script(stage, url);
  }
}
