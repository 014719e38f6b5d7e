package dev.lab.core.agent;

import java.util.List;
import java.util.Set;

/** What goes into the agent OS besides busybox: the Debian packages, the programs, the modules. */
final class AgentPrograms {
  private AgentPrograms() {
  }

  /** Packages whose programs the agent runs (the architecture adds its GRUB and kernel packages). */
  static final List<String> PACKAGES = List.of("busybox-static", "fdisk", "util-linux", "e2fsprogs",
      "xfsprogs", "dosfstools", "lvm2", "dmsetup", "zstd", "xz-utils", "gzip", "tar", "curl", "jq",
      "kexec-tools", "ca-certificates", "grub-common", "grub2-common", "libc6", "libgcc-s1", "zlib1g", "coreutils");

  /** Libraries in the dependency closure that no agent program links against: never downloaded. */
  static final List<String> SKIPPED_LIBRARY_PREFIXES = List.of("libpython", "libperl", "libicu",
      "libgdbm", "libdb5", "libfreetype", "libpng", "libfuse", "libdebian-installer", "libnewt", "libslang",
      "libtextwrap", "libsqlite");

  /** Programs copied into the initramfs (with their libraries); busybox provides the rest. */
  static final List<String> PROGRAMS = List.of("busybox", "sfdisk", "wipefs", "blkid", "blockdev", "mke2fs",
      "e2fsck", "tune2fs", "mkfs.xfs", "mkfs.fat", "mkswap", "lvm", "dmsetup", "zstd", "xz", "gzip", "tar",
      "curl", "jq", "kexec", "sha256sum", "tee", "grub-install", "grub-probe", "grub-mkimage", "grub-bios-setup");

  /** Programs a given architecture may lack (x86 BIOS only). */
  static final Set<String> OPTIONAL_PROGRAMS = Set.of("grub-bios-setup");

  /** Kernel modules loaded at start: disks, NICs, filesystems, device mapper, EFI variables. */
  static final List<String> MODULES = List.of("af_packet", "virtio_pci", "virtio_mmio", "virtio_net",
      "virtio_blk", "virtio_scsi", "e1000", "e1000e", "igb", "ixgbe", "r8169", "tg3", "bnxt_en", "nvme",
      "ahci", "sd_mod", "sr_mod", "crc32c_generic", "crc32c_intel", "ext4", "xfs", "vfat", "nls_cp437",
      "nls_ascii", "nls_utf8", "nls_iso8859_1", "dm_mod", "efivarfs");

  /** Modules a kernel may lack or have built in on some architecture. */
  static final Set<String> OPTIONAL_MODULES = Set.of("af_packet", "virtio_mmio", "virtio_pci", "virtio_scsi",
      "e1000", "e1000e", "igb", "ixgbe", "r8169", "tg3", "bnxt_en", "sr_mod", "crc32c_intel", "crc32c_generic",
      "nls_ascii", "nls_iso8859_1", "efivarfs");
}
