package dev.lab.plugins.kickstart;

import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.Golden;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the matrix renders byte for byte as its golden folder: {@code ks.cfg}, {@code
 * enroll.sh} and the boot spec per firmware. Re-bless with {@code -Dlab.bless=true} and review the
 * diff; the folder's ks.cfg files are also what the upstream validators are run over.
 */
class KickstartGoldenTest {

  static Stream<Arguments> cases() {
    return Cases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersAsGolden(String name, InstallConfig config) {
    Golden.assertMatches(name, Rendering.render(config));
  }

  @Test
  void everyGoldenFolderHasACase() {
    Golden.assertNoUnpairedCases(Cases.all().keySet());
  }

  @Test
  void theMatrixCoversItsAxes() {
    Map<String, InstallConfig> all = Cases.all();
    org.assertj.core.api.Assertions.assertThat(all.values()).extracting(c -> c.image().os() + "/" + c.arch())
        .contains("fedora/x86_64", "fedora/aarch64", "almalinux/x86_64", "almalinux/aarch64");
  }
}
