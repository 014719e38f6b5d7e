package dev.lab.plugins.rootfs;

import dev.lab.testkit.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the matrix plans byte for byte as its golden folder says. */
class GoldenTest {
  static Stream<String> cases() {
    return Cases.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void plansAsBlessed(String name) {
    Golden.assertMatches(name, Rendering.outputs(Cases.all().get(name)));
  }

  @Test
  void everyGoldenFolderHasACase() {
    Golden.assertNoUnpairedCases(Cases.all().keySet());
  }
}
