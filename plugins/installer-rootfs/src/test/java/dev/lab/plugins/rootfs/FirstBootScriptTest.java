package dev.lab.plugins.rootfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the installed system's first-boot script (the enrollment-off case) under /bin/sh with a
 * stand-in {@code curl} that answers the completion call with a given HTTP status, its marker
 * folder moved into a temporary directory: which answers end the reporting for good, and which
 * leave it for the next boot.
 */
class FirstBootScriptTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "done answered {0}")
  @CsvSource({
      "200, 0, true, ''",
      "204, 0, true, ''",
      "404, 0, true, 'no longer takes this install''s completion call'",
      "500, 1, false, 'did not take the completion call (HTTP 500); trying again at the next boot'",
      "000, 1, false, 'did not take the completion call (HTTP 000)'"})
  void theMarkerIsWrittenOnlyWhenAskingAgainCannotHelp(String status, int exit, boolean marked, String message)
      throws Exception {
    Path state = dir.resolve("var-lib-lab");
    String script = Rendering.outputs(Cases.all().get("enrollment-off-x86_64-uefi")).get("file-first-boot-script.txt")
        .replace("/var/lib/lab", state.toString());
    assertThat(script).doesNotContain("lab-enroll");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    // Events succeed; the done call (the one with -w) answers the status under test, 000 as no answer.
    Files.writeString(bin.resolve("curl"), String.join("\n",
        "#!/bin/sh",
        "case \"$*\" in",
        "  *http_code*) [ " + status + " = 000 ] && { printf 000; exit 7; }; printf " + status + " ;;",
        "esac",
        "exit 0",
        ""));
    Files.setPosixFilePermissions(bin.resolve("curl"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = dir.resolve("lab-first-boot");
    Files.writeString(file, script);

    ProcessBuilder pb = new ProcessBuilder("/bin/sh", file.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("out.txt"));
    assertThat(p.exitValue()).as(out).isEqualTo(exit);
    assertThat(Files.exists(state.resolve("first-boot.done"))).as(out).isEqualTo(marked);
    assertThat(out).contains(message);
  }
}
