package dev.lab.server;

import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.onboard.Approval;
import dev.lab.core.onboard.OnboardingService;
import dev.lab.core.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A lab directory written from the example lab, its state store, and {@code lab serve} over it on
 * a random port, with the built-in plugins the build copied to {@code target/plugins}.
 */
final class LabFixture implements AutoCloseable {
  /** The operator token the fixture's server takes from its environment. */
  static final String OPERATOR_TOKEN = "operator-token-for-tests-0123456789";
  /** The public URL of the example lab, which answer files and boot scripts name. */
  static final String PUBLIC_URL = "http://lab.example:8080/";

  final Path labDir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
  final LabContext context;
  final StateStore store;
  final LabServer server;
  final Http http;

  private LabFixture(Path labDir) {
    this.labDir = labDir;
    this.context = LabContext.open(labDir, builtinPlugins());
    this.store = context.openStore();
    this.server = LabServer.start(context, store, "127.0.0.1", 0, null, clock,
        Map.of(OperatorToken.ENV, OPERATOR_TOKEN));
    this.http = new Http(server.port());
  }

  /** Writes the example lab into {@code dir/lab} and starts the server over it. */
  static LabFixture start(Path dir) {
    return start(dir, labDir -> { });
  }

  /** Writes the example lab into {@code dir/lab}, lets {@code edit} change it, and starts the server over it. */
  static LabFixture start(Path dir, LabEdit edit) {
    Path labDir = dir.resolve("lab");
    try {
      ExampleLab.write(labDir);
      edit.apply(labDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabFixture(labDir);
  }

  /** A change to the example lab before the server starts. */
  interface LabEdit {
    void apply(Path labDir) throws IOException;
  }

  static Path builtinPlugins() {
    String dir = System.getProperty("lab.builtinPlugins");
    if (dir == null) {
      throw new IllegalStateException("run the tests with -Dlab.builtinPlugins=<folder of plugin jars>");
    }
    return Path.of(dir);
  }

  OnboardingService onboarding() {
    return context.onboarding(store, clock);
  }

  /** Approves a server with its own profile, as {@code lab onboard} does. */
  Approval approve(String server) {
    return onboarding().approve(server, null, null, false);
  }

  /** @return the files token of an approval, read from the URLs its answer files name */
  static String filesToken(Approval approval) {
    String files = approval.render().config().urls().files();
    return files.substring(files.indexOf("/t/") + 3, files.length() - 1);
  }

  @Override
  public void close() {
    server.stop();
    store.close();
    context.close();
  }
}
