package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <primary-disk guest-storage="false">sda</primary-disk>}: the disk dom0 is installed on. */
public final class PrimaryDisk {
  @XmlAttribute(name = "guest-storage")
  private Boolean guestStorage;
  @XmlValue
  private String disk;

  /** For Jakarta XML Binding only. */
  PrimaryDisk() {}

  /**
   * @param disk the disk: a kernel name or a {@code /dev/disk/by-*} path
   * @param guestStorage whether the rest of the disk joins the local storage repository (the
   *     installer's default, then not written)
   */
  public PrimaryDisk(String disk, boolean guestStorage) {
    this.disk = disk;
    this.guestStorage = guestStorage ? null : Boolean.FALSE;
  }
}
