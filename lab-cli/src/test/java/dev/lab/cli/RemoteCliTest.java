package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.LabContext;
import dev.lab.core.state.StateStore;
import dev.lab.server.LabServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lab onboard` and `lab status` against a running lab serve, through its operator API. */
class RemoteCliTest {
  @TempDir
  Path tmp;

  private LabContext context;
  private StateStore store;
  private LabServer server;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    Path lab = tmp.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
    context = LabContext.open(lab, Cli.BUILTIN_PLUGINS);
    store = context.openStore();
    server = LabServer.start(context, store, "127.0.0.1", 0, null, Clock.systemUTC());
    env = Map.of("LAB_SERVER", "http://127.0.0.1:" + server.port() + "/",
        "LAB_OPERATOR_TOKEN", server.newOperatorToken().orElseThrow());
  }

  @AfterEach
  void stop() {
    server.stop();
    store.close();
    context.close();
  }

  @Test
  void onboardAndStatusWorkAgainstARunningServer() {
    Cli.Result onboard = Cli.runWithEnv(env, "onboard", "db01");
    assertThat(onboard.err()).isEmpty();
    assertThat(onboard.code()).isZero();
    assertThat(onboard.out()).startsWith("Approved db01: profile debian-db, native install by plugin preseed.")
        .contains("preseed.cfg");
    assertThat(Cli.runWithEnv(env, "status").out()).containsPattern("db01\\s+approved\\s+debian-db");
    assertThat(Cli.runWithEnv(env, "status", "db01").out()).contains("state", "approved");
  }

  @Test
  void problemsComeBackWithFileAndLine() {
    Cli.Result r = Cli.runWithEnv(env, "onboard", "web02", "--profile", "xcpng-host");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("server web02 (aarch64) cannot be installed with profile xcpng-host");
  }

  @Test
  void aWrongOperatorTokenIsRefused() {
    Cli.Result r = Cli.runWithEnv(Map.of("LAB_SERVER", env.get("LAB_SERVER"), "LAB_OPERATOR_TOKEN", "not-the-token-at-all"),
        "status");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("refused the operator token");
  }
}
