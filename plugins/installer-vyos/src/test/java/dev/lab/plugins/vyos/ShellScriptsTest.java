package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lab.api.model.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell the plugin writes runs: both scripts pass {@code sh -n}, and the live-boot component,
 * run against a stand-in of live-boot in a temporary folder, keeps VyOS's own Vyos step and then
 * installs the files. Needs a POSIX {@code /bin/sh}; skipped without one.
 */
class ShellScriptsTest {
  private static final Path SH = Path.of("/bin/sh");

  private Map<String, LiveConfigArchiveTest.Entry> archive() {
    List<RenderedFile> files = new VyosPlugin().generateAnswerFiles(VyosFixtures.goldenCases().get("vlan-x86_64"),
        GoldenFilesTest.templates());
    return LiveConfigArchiveTest.entries(files.get(files.size() - 1).content());
  }

  @Test
  void scriptsAreValidShell(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(SH), "no /bin/sh");
    for (String name : List.of("lib/live/boot/9999-lab-vyos-config", "lab-vyos/vyos-postconfig-bootup.script")) {
      Path script = Files.writeString(dir.resolve(Path.of(name).getFileName()), archive().get(name).content());
      assertThat(run(dir, SH.toString(), "-n", script.toString())).as(name).isEqualTo("");
    }
  }

  @Test
  void componentWrapsVyosAndInstallsTheFiles(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(SH), "no /bin/sh");
    Map<String, LiveConfigArchiveTest.Entry> entries = archive();
    Path boot = Files.createDirectories(dir.resolve("lib/live/boot"));
    Path source = Files.createDirectories(dir.resolve("lab-vyos"));
    Path config = Files.createDirectories(dir.resolve("root/opt/vyatta/etc/config"));
    Files.writeString(source.resolve("config.boot"), entries.get("lab-vyos/config.boot").content());
    Files.writeString(source.resolve("vyos-postconfig-bootup.script"),
        entries.get("lab-vyos/vyos-postconfig-bootup.script").content());
    Files.writeString(boot.resolve("9990-vyos.sh"), "Vyos ()\n{\n\techo vyos-step\n}\n");
    Files.writeString(boot.resolve("9999-lab-vyos-config"), entries.get("lib/live/boot/9999-lab-vyos-config")
        .content().replace("/lib/live/boot/", boot + "/").replace("lab_src=/lab-vyos", "lab_src=" + source));
    Path live = Files.writeString(dir.resolve("live.sh"), String.join("\n",
        "log_begin_msg() { echo \"begin $*\"; }",
        "log_end_msg() { echo end; }",
        "panic() { echo \"panic $*\"; exit 1; }",
        "rootmnt=" + dir.resolve("root"),
        "for c in " + boot + "/????-*; do . \"$c\"; done",
        "Vyos", ""));
    assertThat(run(dir, SH.toString(), live.toString()))
        .isEqualTo("vyos-step\nbegin Lab: installing config.boot\nend\n");
    assertThat(config.resolve("config.boot")).hasContent(entries.get("lab-vyos/config.boot").content());
    assertThat(Files.isExecutable(config.resolve("scripts/vyos-postconfig-bootup.script"))).isTrue();
  }

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("exit code of %s: %s", String.join(" ", command), output).isZero();
    return output;
  }
}
