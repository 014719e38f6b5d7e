package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands that open the state store say when the shared database cannot be used. */
class StateStoreCliTest {
  @TempDir
  Path tmp;

  private Path labWithState(String state) throws Exception {
    Path lab = tmp.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
    Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml")) + state);
    return lab;
  }

  @Test
  void anUnreachableDatabaseIsAnEnvironmentFailureNamingIt() throws Exception {
    Path lab = labWithState("state:\n  url: jdbc:postgresql://127.0.0.1:1/lab\n  user: lab\n");
    Cli.Result r = Cli.run("status", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).startsWith("lab: cannot open the state store at jdbc:postgresql://127.0.0.1:1/lab: "
        + "Connection to 127.0.0.1:1 refused");
  }

  @Test
  void aMissingPasswordFileIsNamed() throws Exception {
    Path lab = labWithState("state:\n  url: jdbc:postgresql://127.0.0.1:1/lab\n  passwordFile: secrets/db\n");
    Cli.Result r = Cli.run("onboard", "web01", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).isEqualTo("lab: the state database password file " + lab.resolve("secrets/db")
        + " does not exist (state.passwordFile in lab.yaml)\n");
  }
}
