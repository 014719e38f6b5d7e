package dev.lab.server;

import dev.lab.core.LabContext;
import dev.lab.core.state.StateStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code lab serve} in a process of its own, for tests that kill it: serves a lab directory on a
 * free port of 127.0.0.1, prints {@code LISTENING <port>} and runs until it is killed.
 */
public final class ServerProcess {
  /** The line the process prints once it listens, followed by the port. */
  static final String READY = "LISTENING ";

  private ServerProcess() {}

  /** @param args the lab directory and the built-in plugin folder */
  public static void main(String[] args) throws InterruptedException {
    LabContext context = LabContext.open(Path.of(args[0]), Path.of(args[1]));
    StateStore store = context.openStore();
    LabServer server = LabServer.start(context, store, "127.0.0.1", 0, null, Clock.systemUTC());
    System.out.println(READY + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
