package dev.lab.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeTest {
  @ParameterizedTest
  @CsvSource({"512MiB,536870912", "1GiB,1073741824", "1G,1073741824", "2TB,2000000000000",
      "500GB,500000000000", "1.5GiB,1610612736", "4KiB,4096", "3kb,3000"})
  void parsesUnits(String text, long bytes) {
    assertThat(Size.parse(text).bytes()).isEqualTo(bytes);
  }

  @Test
  void restMeansRemainingSpace() {
    assertThat(Size.parse("rest").rest()).isTrue();
    assertThat(Size.parse("rest").toString()).isEqualTo("rest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "GiB", "12QB", "-1GiB", "0", "1 2GiB", "12iB", "1024", "5B"})
  void refusesWhatIsNotASize(String text) {
    assertThatThrownBy(() -> Size.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsInTheLargestWholeBinaryUnit() {
    assertThat(Size.parse("20GiB").toString()).isEqualTo("20GiB");
    assertThat(Size.parse("1536MiB").toString()).isEqualTo("1536MiB");
  }
}
