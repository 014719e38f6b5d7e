package dev.lab.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.core.config.StateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDatabaseTest {
  private static final StateSettings NONE = new StateSettings(null, null, null);
  private static final String URL = "jdbc:postgresql://db.lab.example/lab";

  @TempDir
  Path lab;

  @Test
  void withoutAUrlTheStoreIsEmbedded() {
    assertThat(StateDatabase.resolve(NONE, lab, Map.of())).isEmpty();
    assertThat(StateDatabase.resolve(new StateSettings(null, "lab", "pw"), lab, Map.of())).isEmpty();
  }

  @Test
  void readsThePasswordFromTheFirstLineOfAFileRelativeToTheLabDirectory() throws Exception {
    Files.createDirectories(lab.resolve("secrets"));
    Files.writeString(lab.resolve("secrets/db"), "s3cret\nignored\n");
    StateDatabase db = StateDatabase.resolve(new StateSettings(URL, "lab", "secrets/db"), lab, Map.of()).orElseThrow();
    assertThat(db).isEqualTo(new StateDatabase(URL, "lab", "s3cret"));
    assertThat(db.toString()).doesNotContain("s3cret");
  }

  @Test
  void theEnvironmentWinsValueByValue() {
    StateDatabase db = StateDatabase.resolve(new StateSettings(URL, "lab", "missing-file"), lab, Map.of(
        StateDatabase.URL_ENV, "jdbc:postgresql://other/lab2", StateDatabase.PASSWORD_ENV, "from-env")).orElseThrow();
    assertThat(db).isEqualTo(new StateDatabase("jdbc:postgresql://other/lab2", "lab", "from-env"));
    assertThat(StateDatabase.resolve(NONE, lab, Map.of(StateDatabase.URL_ENV, URL, StateDatabase.USER_ENV, "ops")))
        .contains(new StateDatabase(URL, "ops", null));
  }

  @Test
  void aMissingOrEmptyPasswordFileIsNamed() throws Exception {
    assertThatThrownBy(() -> StateDatabase.resolve(new StateSettings(URL, "lab", "nope"), lab, Map.of()))
        .hasMessage("the state database password file " + lab.resolve("nope")
            + " does not exist (state.passwordFile in lab.yaml)");
    Files.writeString(lab.resolve("empty"), "\n");
    assertThatThrownBy(() -> StateDatabase.resolve(new StateSettings(URL, "lab", "empty"), lab, Map.of()))
        .hasMessage("the state database password file " + lab.resolve("empty")
            + " is empty: write the password on its first line");
  }

  @Test
  void onlyPostgresqlCanBeShared() {
    assertThatThrownBy(() -> StateDatabase.resolve(NONE, lab, Map.of(StateDatabase.URL_ENV, "jdbc:mysql://db/lab")))
        .hasMessageContaining("must start with jdbc:postgresql://");
  }

  @Test
  void anUnreachableDatabaseIsNamedWithTheDriversReason() {
    assertThatThrownBy(() -> JdbcStateStore.connect(new StateDatabase("jdbc:postgresql://127.0.0.1:1/lab", "lab", "pw")))
        .isInstanceOf(StateStoreException.class)
        .hasMessageStartingWith("cannot open the state store at jdbc:postgresql://127.0.0.1:1/lab: Connection to 127.0.0.1:1 refused");
  }
}
