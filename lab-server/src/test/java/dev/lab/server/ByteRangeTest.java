package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

  @ParameterizedTest
  @CsvSource({
      "bytes=0-0, 0, 1",
      "bytes=0-99, 0, 100",
      "bytes=10-19, 10, 10",
      "bytes=90-, 90, 10",
      "bytes=90-1000, 90, 10",
      "bytes=-1, 99, 1",
      "bytes=-10, 90, 10",
      "bytes=-1000, 0, 100",
      "' bytes=5-6 ', 5, 2"})
  void resolvesOneRangeAgainstTheSize(String header, long first, long length) {
    assertThat(ByteRange.parse(header, 100)).isEqualTo(new ByteRange.Part(new ByteRange(first, length)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=5-4", "bytes=0-1,3-4", "items=0-1", "bytes=a-b",
      "bytes=1-2-3", "bytes=99999999999999999999-"})
  void servesTheWholeFileForAnythingElse(String header) {
    assertThat(ByteRange.parse(header, 100)).isInstanceOf(ByteRange.Whole.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=-0"})
  void refusesRangesOutsideTheFile(String header) {
    assertThat(ByteRange.parse(header, 100)).isInstanceOf(ByteRange.Unsatisfiable.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=0-", "bytes=-5"})
  void nothingOfAnEmptyFileIsARange(String header) {
    assertThat(ByteRange.parse(header, 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
  }

  static Stream<Arguments> randomRanges() {
    Random random = new Random(20261122L);
    return IntStream.range(0, 200).mapToObj(i -> {
      long size = 1 + random.nextInt(10_000);
      long a = random.nextInt((int) size + 50);
      long b = a + random.nextInt(200);
      return Arguments.of(size, a, b);
    });
  }

  @ParameterizedTest
  @MethodSource("randomRanges")
  void everyServedRangeLiesInsideTheFile(long size, long a, long b) {
    ByteRange.Request request = ByteRange.parse("bytes=" + a + "-" + b, size);
    if (a >= size) {
      assertThat(request).isInstanceOf(ByteRange.Unsatisfiable.class);
    } else {
      ByteRange range = ((ByteRange.Part) request).range();
      assertThat(range.first()).isEqualTo(a);
      assertThat(range.last()).isEqualTo(Math.min(b, size - 1));
      assertThat(range.length()).isPositive();
    }
  }
}
