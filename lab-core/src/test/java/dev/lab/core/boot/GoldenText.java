package dev.lab.core.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.LabVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files of the boot-chain renders: one file per case under {@code
 * src/test/resources/boot-golden/}, compared byte for byte after Lab's version is replaced by {@code
 * <version>}. Run with {@code -Dlab.bless=true} to write the current outputs instead (then review the
 * diff).
 */
final class GoldenText {
  static final Path ROOT = Path.of("src", "test", "resources", "boot-golden");

  private GoldenText() {}

  static boolean blessing() {
    return Boolean.getBoolean("lab.bless");
  }

  static void assertMatches(String caseName, String output) {
    String actual = output.replace(LabVersion.get(), "<version>");
    Path file = ROOT.resolve(caseName);
    try {
      if (blessing()) {
        Files.createDirectories(ROOT);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (run with -Dlab.bless=true to create it)", file).isRegularFile();
      assertThat(actual).as("%s (re-bless with -Dlab.bless=true)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails when a golden file exists that no case produces. */
  static void assertNoUnpaired(Set<String> caseNames) {
    if (blessing()) {
      return;
    }
    try (Stream<Path> files = Files.list(ROOT)) {
      Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).as("golden files under %s", ROOT).isEqualTo(new TreeSet<>(caseNames));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
