package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The extra initrd: a newc cpio archive the kernel unpacks after VyOS's own initrd. */
class LiveConfigArchiveTest {
  private final VyosPlugin plugin = new VyosPlugin();

  /** One archive member. */
  record Entry(int mode, String content) {}

  @Test
  void carriesTheLiveBootComponentConfigBootAndTheEnrollmentScript() {
    InstallConfig config = VyosFixtures.goldenCases().get("users-x86_64");
    List<RenderedFile> files = plugin.generateAnswerFiles(config, GoldenFilesTest.templates());
    assertThat(GoldenFilesTest.names(files))
        .containsExactly("config.boot", "vyos-postconfig-bootup.script", "vyos-live-config.cpio");
    RenderedFile archive = files.get(2);
    assertThat(archive.mediaType()).isEqualTo("application/x-cpio");

    Map<String, Entry> entries = entries(archive.content());
    assertThat(entries.keySet()).containsExactly("lib/live/boot/9999-lab-vyos-config", "lab-vyos",
        "lab-vyos/config.boot", "lab-vyos/vyos-postconfig-bootup.script", "TRAILER!!!");
    assertThat(entries.get("lab-vyos").mode()).isEqualTo(0040700);
    assertThat(entries.get("lab-vyos/config.boot")).isEqualTo(new Entry(0100600, files.get(0).content()));
    assertThat(entries.get("lab-vyos/vyos-postconfig-bootup.script"))
        .isEqualTo(new Entry(0100700, files.get(1).content()));
    Entry component = entries.get("lib/live/boot/9999-lab-vyos-config");
    assertThat(component.mode()).isEqualTo(0100644);
    assertThat(component.content())
        .contains("Vyos ()\n{\n\t. /lib/live/boot/9990-vyos.sh\n\tVyos\n\tLab_vyos_config\n}")
        .contains("cp \"$lab_src/config.boot\" \"$lab_cfg/config.boot\"");
  }

  @Test
  void withoutEnrollmentCarriesNoScript() {
    InstallConfig enrolled = VyosFixtures.goldenCases().get("dhcp-x86_64");
    InstallConfig config = new InstallConfig(enrolled.server(), enrolled.profile(), enrolled.image(),
        enrolled.artifacts(), enrolled.network(), enrolled.labels(), enrolled.urls(), null, null);
    List<RenderedFile> files = plugin.generateAnswerFiles(config, GoldenFilesTest.templates());
    assertThat(GoldenFilesTest.names(files)).containsExactly("config.boot", "vyos-live-config.cpio");
    assertThat(entries(files.get(1).content())).doesNotContainKey("lab-vyos/vyos-postconfig-bootup.script");
  }

  @Test
  void sizesCountUtf8Bytes() {
    String archive = new NewcArchive().file("f", 0644, "é中\n").finish();
    assertThat(entries(archive).get("f").content()).isEqualTo("é中\n");
    assertThat(archive.getBytes(StandardCharsets.UTF_8).length % 4).isZero();
  }

  /**
   * Reads a newc archive the way the kernel does: hex headers, NUL-terminated names, four-byte
   * alignment of names and contents.
   *
   * @return the members by name, in order, the trailer included
   */
  static Map<String, Entry> entries(String archive) {
    byte[] bytes = archive.getBytes(StandardCharsets.UTF_8);
    Map<String, Entry> entries = new LinkedHashMap<>();
    int at = 0;
    while (true) {
      assertThat(new String(bytes, at, 6, StandardCharsets.US_ASCII)).as("magic at %d", at).isEqualTo("070701");
      int mode = field(bytes, at, 1);
      int size = field(bytes, at, 6);
      int nameSize = field(bytes, at, 11);
      assertThat(bytes[at + 110 + nameSize - 1]).as("name terminator").isZero();
      String name = new String(bytes, at + 110, nameSize - 1, StandardCharsets.UTF_8);
      int data = align(at + 110 + nameSize);
      entries.put(name, new Entry(mode, new String(bytes, data, size, StandardCharsets.UTF_8)));
      at = align(data + size);
      if (name.equals("TRAILER!!!")) {
        assertThat(at).as("archive length").isEqualTo(bytes.length);
        return entries;
      }
    }
  }

  private static int field(byte[] bytes, int header, int index) {
    return Integer.parseUnsignedInt(new String(bytes, header + 6 + 8 * index, 8, StandardCharsets.US_ASCII), 16);
  }

  private static int align(int offset) {
    return (offset + 3) & ~3;
  }
}
