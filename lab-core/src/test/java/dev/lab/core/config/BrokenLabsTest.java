package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The corpus of broken lab directories under {@code src/test/resources/broken-labs/<case>/}: each
 * breaks one rule and lists in {@code expected.txt} exactly the diagnostics loading must print.
 */
class BrokenLabsTest {
  static Path corpus() throws URISyntaxException {
    return Path.of(BrokenLabsTest.class.getResource("/broken-labs").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws Exception {
    Path dir = corpus().resolve(name);
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));

    LabLoad load = LabDirectory.load(dir);

    assertThat(load.lab()).isNull();
    assertThat(load.ok()).isFalse();
    assertThat(load.problems()).extracting(Diagnostic::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void corpusHasAtLeastThirtyCasesEachWithItsExpectations() throws Exception {
    List<String> cases = cases().toList();

    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    for (String name : cases) {
      Path expected = corpus().resolve(name).resolve("expected.txt");
      assertThat(expected).as(name + " has expected.txt").isRegularFile();
      assertThat(Files.readAllLines(expected)).as(name + " expects at least one diagnostic").isNotEmpty();
    }
  }
}
