package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** The {@code <restore>} document: restore the backup the installer kept of a previous version. */
@XmlRootElement(name = "restore")
@XmlType(propOrder = {"backupDisk", "scripts"})
public final class Restore {
  @XmlElement(name = "backup-disk")
  private String backupDisk;
  @XmlElement(name = "script")
  private List<Script> scripts;

  /** For Jakarta XML Binding only. */
  Restore() {}

  /**
   * @param backupDisk the disk holding the backup; null to let the installer find the only one
   * @param scripts the scripts to run, in order
   */
  public Restore(String backupDisk, List<Script> scripts) {
    this.backupDisk = backupDisk;
    this.scripts = scripts.isEmpty() ? null : List.copyOf(scripts);
  }
}
