package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleConditionTest {
  @Test
  void parsesOperatorsAndNumbersWithUnits() {
    RuleCondition memory = RuleCondition.parse("memory", ">= 500GB");
    assertThat(memory.operator()).isEqualTo(RuleCondition.Operator.GE);
    assertThat(memory.number()).contains(new BigDecimal("500000000000"));
    assertThat(RuleCondition.parse("disk", "<2TiB").number()).contains(BigDecimal.valueOf(2L << 40));
    assertThat(RuleCondition.parse("mem", "> 16G").number()).contains(BigDecimal.valueOf(16L << 30));
    assertThat(RuleCondition.parse("cores", "!= 8").operator()).isEqualTo(RuleCondition.Operator.NE);
  }

  @Test
  void aPlainValueMeansEquality() {
    RuleCondition c = RuleCondition.parse("provider", "ovh");
    assertThat(c.operator()).isEqualTo(RuleCondition.Operator.EQ);
    assertThat(c.value()).isEqualTo("ovh");
    assertThat(c.number()).isEmpty();
    assertThat(c).hasToString("provider == ovh");
  }

  @Test
  void refusesMalformedConditions() {
    assertThatThrownBy(() -> RuleCondition.parse("cores", "=> 40"))
        .hasMessage("'=> 40' does not start with an operator Lab knows: use >=, <=, >, <, == or !=");
    assertThatThrownBy(() -> RuleCondition.parse("cores", "> many"))
        .hasMessage("'> many' compares with >, which needs a number such as 40, 500GB or 2TiB");
  }
}
