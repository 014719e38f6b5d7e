package dev.lab.it.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Creates a VM's qcow2 disk with {@code qemu-img}. */
final class DiskImages {

  private static final long QEMU_IMG_TIMEOUT_SECONDS = 60;

  private DiskImages() {
  }

  /**
   * Creates {@code image}: an empty qcow2 of the disk's size, or, with a first sector, that
   * sector converted to qcow2 and grown to the disk's size.
   */
  static void create(Path qemuImg, Path image, DiskSpec disk) throws IOException, InterruptedException {
    byte[] sector = disk.firstSector();
    if (sector == null) {
      run(qemuImg, "create", "-q", "-f", "qcow2", image.toString(), Long.toString(disk.sizeBytes()));
      return;
    }
    Path raw = image.resolveSibling(image.getFileName() + ".sector");
    Files.write(raw, sector);
    try {
      run(qemuImg, "convert", "-q", "-f", "raw", "-O", "qcow2", raw.toString(), image.toString());
      run(qemuImg, "resize", "-q", "-f", "qcow2", image.toString(), Long.toString(disk.sizeBytes()));
    } finally {
      Files.deleteIfExists(raw);
    }
  }

  private static void run(Path qemuImg, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(qemuImg.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(QEMU_IMG_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("qemu-img " + args[0] + " did not finish within " + QEMU_IMG_TIMEOUT_SECONDS + " s");
    }
    String output = new String(process.getInputStream().readAllBytes()).strip();
    if (process.exitValue() != 0) {
      throw new IOException("qemu-img " + String.join(" ", args) + " failed: " + output);
    }
  }
}
