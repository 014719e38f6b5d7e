package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.PxeConfig;
import dev.lab.testkit.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Golden answer files: the rendered files must match the golden folder byte for byte (so the
 * conformance kit can run on them), and the answer file must be the same XML as the golden one
 * whatever the whitespace (XMLUnit), which says precisely what changed when it is not.
 */
class AnswerFileGoldenTest {
  static Stream<String> cases() {
    return GoldenCases.CASES.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersTheGoldenFiles(String name) throws IOException {
    InstallConfig config = GoldenCases.CASES.get(name).get().build();
    Map<String, String> files = GoldenCases.render(config);
    Golden.assertMatches(name, files);
    String golden = Files.readString(Golden.ROOT.resolve(name).resolve(XcpngPlugin.ANSWER_FILE),
        StandardCharsets.UTF_8);
    XmlAssert.assertThat(files.get(XcpngPlugin.ANSWER_FILE)).and(golden).ignoreWhitespace().areIdentical();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void biosAndUefiBootTheSameWay(String name) {
    InstallConfig config = GoldenCases.CASES.get(name).get().build();
    assertThat(GoldenCases.PLUGIN.preparePxe(new PxeConfig(config, Firmware.BIOS)))
        .isEqualTo(GoldenCases.PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)));
  }

  @Test
  void everyGoldenFolderIsACase() {
    Golden.assertNoUnpairedCases(GoldenCases.CASES.keySet());
  }
}
