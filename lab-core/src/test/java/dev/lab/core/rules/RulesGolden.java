package dev.lab.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Golden files of the rules outputs under {@code src/test/resources/rules-golden/}, compared byte for
 * byte. Run with {@code -Dlab.bless=true} to write the current outputs instead (then review the diff).
 */
final class RulesGolden {
  static final Path ROOT = Path.of("src", "test", "resources", "rules-golden");

  private RulesGolden() {}

  static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("lab.bless")) {
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
  static void assertNoUnpaired(Set<String> names) throws IOException {
    if (!Files.isDirectory(ROOT)) {
      return;
    }
    try (Stream<Path> files = Files.list(ROOT)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("golden files without a case").allMatch(names::contains);
    }
  }
}
