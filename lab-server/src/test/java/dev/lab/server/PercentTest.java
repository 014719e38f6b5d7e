package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentTest {
  @ParameterizedTest
  @CsvSource({"plain, plain", "a%20b, a b", "a+b, a+b", "%2e%2E, ..", "%C3%A9, é", "%2F, /"})
  void decodes(String text, String decoded) {
    assertThat(Percent.decode(text)).hasValue(decoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "%2", "%zz", "a%2", "%c0%ae", "%ff"})
  void refusesBadEncodings(String text) {
    assertThat(Percent.decode(text)).isEmpty();
  }
}
