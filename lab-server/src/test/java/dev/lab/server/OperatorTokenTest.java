package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorTokenTest {
  @TempDir
  Path state;

  @Test
  void theFirstStartCreatesAPrivateTokenFile() throws IOException {
    OperatorToken token = OperatorToken.load(Map.of(), state);
    Path file = state.resolve(OperatorToken.FILE);
    assertThat(token.created()).isPresent();
    assertThat(Files.readString(file).strip()).isEqualTo(token.created().orElseThrow());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(token.matches(token.created().orElseThrow())).isTrue();
  }

  @Test
  void laterStartsReadTheFileAndShowNothing() {
    String first = OperatorToken.load(Map.of(), state).created().orElseThrow();
    OperatorToken again = OperatorToken.load(Map.of(), state);
    assertThat(again.created()).isEmpty();
    assertThat(again.matches(first)).isTrue();
  }

  @Test
  void theEnvironmentWinsAndNoFileIsWritten() {
    OperatorToken token = OperatorToken.load(Map.of(OperatorToken.ENV, "an-operator-token-from-env"), state);
    assertThat(token.matches("an-operator-token-from-env")).isTrue();
    assertThat(token.created()).isEmpty();
    assertThat(state.resolve(OperatorToken.FILE)).doesNotExist();
  }

  @Test
  void refusesAShortTokenFromTheEnvironment() {
    assertThatThrownBy(() -> OperatorToken.load(Map.of(OperatorToken.ENV, "short"), state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the operator token from LAB_OPERATOR_TOKEN must be at least 16 printable characters without blanks");
  }

  @Test
  void matchesNothingElse() {
    OperatorToken token = OperatorToken.load(Map.of(OperatorToken.ENV, "an-operator-token-from-env"), state);
    assertThat(token.matches(null)).isFalse();
    assertThat(token.matches("")).isFalse();
    assertThat(token.matches("an-operator-token-from-en")).isFalse();
    assertThat(token.matches("an-operator-token-from-env ")).isFalse();
  }
}
