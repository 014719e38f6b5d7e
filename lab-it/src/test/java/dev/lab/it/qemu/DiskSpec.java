package dev.lab.it.qemu;

/**
 * The VM's one disk: a fresh qcow2 image of the given size, empty or with a first sector (e.g.
 * {@link BootSectors#serialMarker(String)}) so that a "boot from the local disk" can be seen.
 *
 * @param sizeBytes the virtual size, at least one MiB
 * @param firstSector 512 bytes written at offset 0, or null for an empty disk
 */
public record DiskSpec(long sizeBytes, byte[] firstSector) {

  private static final long MIB = 1L << 20;

  /** Checks the size and copies the sector. */
  public DiskSpec {
    if (sizeBytes < MIB || sizeBytes % 512 != 0) {
      throw new IllegalArgumentException("a disk must be at least 1 MiB and a whole number of sectors: "
          + sizeBytes + " bytes");
    }
    if (firstSector != null) {
      if (firstSector.length != 512) {
        throw new IllegalArgumentException("a first sector is 512 bytes, not " + firstSector.length);
      }
      firstSector = firstSector.clone();
    }
  }

  /** An empty disk of {@code gib} GiB. */
  public static DiskSpec empty(int gib) {
    return new DiskSpec(gib * 1024 * MIB, null);
  }

  /** A disk of {@code gib} GiB whose first sector is {@code sector}. */
  public static DiskSpec withFirstSector(int gib, byte[] sector) {
    return new DiskSpec(gib * 1024 * MIB, sector);
  }

  /** The first sector to write, a copy; null for an empty disk. */
  @Override
  public byte[] firstSector() {
    return firstSector == null ? null : firstSector.clone();
  }
}
