package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** Every answer file the plugin marshals follows the XSD it ships, and the XSD is not vacuous. */
class AnswerFileSchemaTest {
  static Stream<String> answerFiles() {
    Stream<String> golden = GoldenCases.CASES.values().stream()
        .map(c -> GoldenCases.render(c.get().build()).get(XcpngPlugin.ANSWER_FILE));
    Stream<String> modes = Stream.of("reinstall", "upgrade", "restore")
        .map(m -> GoldenCases.render(new TestConfig().option(XcpngOptions.MODE, m).build())
            .get(XcpngPlugin.ANSWER_FILE));
    return Stream.concat(golden, modes);
  }

  @ParameterizedTest
  @MethodSource("answerFiles")
  void marshalledAnswerFilesFollowTheSchema(String xml) {
    assertThatCode(() -> AnswerFileSchema.validate(xml)).doesNotThrowAnyException();
  }

  @Test
  void theSchemaRefusesElementsOutsideTheSubset() {
    String xml = "<installation mode=\"fresh\"><primary-disk>sda</primary-disk>"
        + "<source type=\"url\">http://mirror.lab.example/</source><bootloader>grub2</bootloader></installation>";
    assertThatThrownBy(() -> AnswerFileSchema.validate(xml)).isInstanceOf(SAXException.class)
        .hasMessageContaining("bootloader");
  }

  @Test
  void theSchemaRefusesValuesOutsideTheSubset() {
    String xml = "<installation mode=\"fresh\"><source type=\"url\">http://mirror.lab.example/</source>"
        + "<admin-interface hwaddr=\"52:54:00:00:00:01\" proto=\"none\"/></installation>";
    assertThatThrownBy(() -> AnswerFileSchema.validate(xml)).isInstanceOf(SAXException.class)
        .hasMessageContaining("none");
  }
}
