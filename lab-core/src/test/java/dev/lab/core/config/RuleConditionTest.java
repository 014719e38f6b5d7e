package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.core.config.RuleCondition.Operator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleConditionTest {
  @Test
  void parsesOperatorsAndNumbersWithUnits() {
    RuleCondition memory = RuleCondition.parse("memory", ">= 500GB");
    assertThat(memory.tests()).singleElement().satisfies(t -> {
      assertThat(t.operator()).isEqualTo(Operator.GE);
      assertThat(t.number()).isEqualTo(new BigDecimal("500000000000"));
    });
    assertThat(RuleCondition.parse("disk", "<2TiB").tests().get(0).number()).isEqualTo(BigDecimal.valueOf(2L << 40));
    assertThat(RuleCondition.parse("mem", "> 16G").tests().get(0).number()).isEqualTo(BigDecimal.valueOf(16L << 30));
    assertThat(RuleCondition.parse("cores", "!= 8").tests().get(0).operator()).isEqualTo(Operator.NE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1GB | 1000000000", "1GiB | 1073741824", "1G | 1073741824", "1.5TB | 1500000000000",
      "2TiB | 2199023255552", "512 | 512", "1KB | 1000", "1KiB | 1024", "3PB | 3000000000000000", "100B | 100"})
  void decimalAndBinaryUnitsExactly(String value, String bytes) {
    assertThat(RuleCondition.number(value)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(bytes));
  }

  @Test
  void aPlainValueMeansEquality() {
    RuleCondition c = RuleCondition.parse("provider", "ovh");
    assertThat(c.tests().get(0).operator()).isEqualTo(Operator.EQ);
    assertThat(c.tests().get(0).value()).isEqualTo("ovh");
    assertThat(c.tests().get(0).number()).isNull();
    assertThat(c).hasToString("provider == ovh");
  }

  @Test
  void joinsTestsWithAnd() {
    RuleCondition c = RuleCondition.parse("memory", ">= 64GB and < 2TiB");
    assertThat(c.tests()).extracting(RuleCondition.Test::operator).containsExactly(Operator.GE, Operator.LT);
    assertThat(c).hasToString("memory >= 64GB and < 2TiB");
  }

  @Test
  void oneOfAList() {
    RuleCondition c = RuleCondition.parse("provider", "in ovh,  hetzner , scaleway");
    assertThat(c.tests().get(0).values()).containsExactly("ovh", "hetzner", "scaleway");
    assertThat(RuleCondition.parse("provider", "not in ovh").tests().get(0).operator()).isEqualTo(Operator.NOT_IN);
  }

  @Test
  void regularExpressionsTakeTheRest() {
    RuleCondition c = RuleCondition.parse("cpu", "~ ^AMD EPYC (7|9)[0-9]{3} and more$");
    assertThat(c.tests()).singleElement().satisfies(t -> {
      assertThat(t.operator()).isEqualTo(Operator.MATCHES);
      assertThat(t.regex().matcher("AMD EPYC 7543 and more").find()).isTrue();
    });
    assertThat(RuleCondition.parse("vendor", "!~ (?i)dell").tests().get(0).operator()).isEqualTo(Operator.NOT_MATCHES);
  }

  @Test
  void diskTakesATypeQualifier() {
    RuleCondition c = RuleCondition.parse("disk", "nvme >= 1TB");
    assertThat(c.qualifier()).isEqualTo("nvme");
    assertThat(c.tests().get(0).number()).isEqualTo(new BigDecimal("1000000000000"));
    RuleCondition any = RuleCondition.parse("disk", "ssd");
    assertThat(any.qualifier()).isEqualTo("ssd");
    assertThat(any.tests()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=> 40 | '=> 40' does not start with an operator Lab knows: use >=, <=, >, <, ==, !=, in, not in, ~ or !~",
      "> many | '> many' compares with >, which needs a number such as 40, 500GB or 2TiB",
      ">= | '>=' has no value to compare with",
      "in | 'in' needs a list of plain values after in, separated by commas, such as 'in ovh, hetzner'",
      "in a,,b | 'in a,,b' needs a list of plain values after in, separated by commas, such as 'in ovh, hetzner'",
      "~ ( | '~ (' has a regular expression Lab cannot read: Unclosed group near index 1",
      "a;b | 'a;b' is not a plain value: use letters, digits, single spaces and . _ : / @ + , ( ) -",
      ">= 40 and | '>= 40 and' compares with >=, which needs a number such as 40, 500GB or 2TiB"})
  void refusesMalformedConditions(String text, String message) {
    assertThatThrownBy(() -> RuleCondition.parse("cores", text)).hasMessage(message);
  }
}
