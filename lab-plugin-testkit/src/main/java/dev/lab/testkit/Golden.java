package dev.lab.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files: each case is a folder under {@code src/test/resources/golden/<case>/} holding the
 * files the case must produce, byte for byte. Run the tests with {@code -Dlab.bless=true} to write
 * the current outputs as the new expectations (then review the diff before committing).
 */
public final class Golden {
  /** Where golden folders live, relative to the module. */
  public static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** @return whether this run re-blesses golden files instead of comparing */
  public static boolean blessing() {
    return Boolean.getBoolean("lab.bless");
  }

  /**
   * Compares one case's outputs with its golden folder: the same file names and the same content.
   *
   * @param caseName the case's folder name
   * @param files file name to content
   */
  public static void assertMatches(String caseName, Map<String, String> files) {
    Path dir = ROOT.resolve(caseName);
    try {
      if (blessing()) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
              Files.delete(p);
            }
          }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
          Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return;
      }
      assertThat(dir).as("golden folder %s (run with -Dlab.bless=true to create it)", dir).isDirectory();
      Set<String> expected;
      try (Stream<Path> list = Files.list(dir)) {
        expected = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      }
      assertThat(new TreeSet<>(files.keySet())).as("files of golden case %s", caseName)
          .isEqualTo(expected);
      for (Map.Entry<String, String> e : files.entrySet()) {
        String want = Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
        assertThat(e.getValue()).as("%s/%s (re-bless with -Dlab.bless=true)", caseName, e.getKey())
            .isEqualTo(want);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails when a golden folder exists that no test case produced: every golden case must be paired
   * with a case.
   *
   * @param caseNames every case the module's tests produce
   */
  public static void assertNoUnpairedCases(Set<String> caseNames) {
    if (!Files.isDirectory(ROOT)) {
      assertThat(caseNames).as("cases without a golden folder at all").isEmpty();
      return;
    }
    try (Stream<Path> list = Files.list(ROOT)) {
      Set<String> folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
      if (!blessing()) {
        assertThat(folders).as("golden folders under %s", ROOT).isEqualTo(new TreeSet<>(caseNames));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
