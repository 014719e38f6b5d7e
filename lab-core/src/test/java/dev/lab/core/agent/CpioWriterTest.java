package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpioWriterTest {
  /** One parsed newc header. */
  record Entry(String name, int mode, int uid, int gid, int rdevMajor, int rdevMinor, String data) {
  }

  @Test
  void writesNewcEntriesOwnedByRootWithTheTrailer() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CpioWriter cpio = new CpioWriter(bytes)) {
      cpio.directory("/bin", 0755);
      cpio.file("/bin/hello", 0755, "echo hi\n".getBytes(StandardCharsets.UTF_8));
      cpio.symlink("/bin/sh", "busybox");
      cpio.charDevice("/dev/console", 0600, 5, 1);
    }
    List<Entry> entries = parse(bytes.toByteArray());
    assertThat(entries).extracting(Entry::name).containsExactly("bin", "bin/hello", "bin/sh", "dev/console", "TRAILER!!!");
    assertThat(entries).allSatisfy(e -> assertThat(e.uid()).isZero());
    assertThat(entries.get(0).mode()).isEqualTo(0040755);
    assertThat(entries.get(1).mode()).isEqualTo(0100755);
    assertThat(entries.get(1).data()).isEqualTo("echo hi\n");
    assertThat(entries.get(2).mode()).isEqualTo(0120777);
    assertThat(entries.get(2).data()).isEqualTo("busybox");
    assertThat(entries.get(3).mode()).isEqualTo(0020600);
    assertThat(entries.get(3).rdevMajor()).isEqualTo(5);
    assertThat(entries.get(3).rdevMinor()).isEqualTo(1);
    assertThat(bytes.size() % 4).isZero();
  }

  @Test
  void refusesTheSameNameTwice() throws Exception {
    CpioWriter cpio = new CpioWriter(new ByteArrayOutputStream());
    cpio.file("/init", 0755, new byte[0]);
    assertThatThrownBy(() -> cpio.file("init", 0755, new byte[0])).hasMessage("initramfs entry written twice: init");
  }

  static List<Entry> parse(byte[] archive) {
    List<Entry> entries = new ArrayList<>();
    int at = 0;
    while (true) {
      String header = new String(archive, at, 110, StandardCharsets.US_ASCII);
      assertThat(header).startsWith("070701");
      int[] f = new int[13];
      for (int i = 0; i < 13; i++) {
        f[i] = (int) Long.parseLong(header.substring(6 + i * 8, 14 + i * 8), 16);
      }
      int nameSize = f[11];
      String name = new String(archive, at + 110, nameSize - 1, StandardCharsets.UTF_8);
      at = align(at + 110 + nameSize);
      String data = new String(archive, at, f[6], StandardCharsets.UTF_8);
      at = align(at + f[6]);
      entries.add(new Entry(name, f[1], f[2], f[3], f[9], f[10], data));
      if (name.equals("TRAILER!!!")) {
        return entries;
      }
    }
  }

  private static int align(int n) {
    return (n + 3) & ~3;
  }
}
