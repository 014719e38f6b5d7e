package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.state.StateStore;
import dev.lab.server.LabServer;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lab serve}: the machine-facing boot, answer-file and artifact endpoints and the operator
 * API, over the lab directory and its embedded state store. Runs until stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve network-booting machines (boot.ipxe, GRUB and pxelinux configs, answer files under",
        "their tokens, artifacts, progress events) and the operator API, until stopped."})
final class ServeCommand extends BaseCommand {
  @Option(names = "--listen", paramLabel = "HOST:PORT",
      description = "Address and port to listen on (default: server.listen in lab.yaml).")
  String listen;

  @Option(names = "--url", paramLabel = "URL",
      description = "Public base URL machines reach Lab at (default: server.url in lab.yaml).")
  String url;

  @Mixin
  LabDirOption lab;

  @Override
  public Integer call() throws InterruptedException {
    LabContext context = open(lab.dir(environment().env()));
    String address = listen != null ? listen : context.lab().config().server().listen();
    int colon = address.lastIndexOf(':');
    if (colon < 0 || !address.substring(colon + 1).matches("\\d{1,5}")
        || Integer.parseInt(address.substring(colon + 1)) > 65535) {
      context.close();
      throw UserError.invalid("--listen must be HOST:PORT, for example 0.0.0.0:8080 (got '" + address + "')");
    }
    String host = address.substring(0, colon).replaceAll("^\\[|]$", "");
    int port = Integer.parseInt(address.substring(colon + 1));
    StateStore store = context.openStore();
    LabServer server;
    try {
      server = LabServer.start(context, store, host, port, url, Clock.systemUTC());
    } catch (RuntimeException e) {
      store.close();
      context.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      store.close();
      context.close();
      stopped.countDown();
    }, "lab-serve-shutdown"));
    String publicUrl = url != null ? url : context.lab().config().server().url();
    out().printf("Lab is serving %s on %s:%d; machines reach it at %s%n", context.dir(), host, server.port(), publicUrl);
    server.newOperatorToken().ifPresent(t -> out().printf(
        "A new operator token was written to %s (shown once): %s%n", context.dir().resolve("state/operator-token"), t));
    out().printf("Try: curl %sboot.ipxe   ·   lab onboard SERVER   ·   lab status --watch   (Ctrl-C stops)%n",
        publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
    out().flush();
    stopped.await();
    return ExitCode.OK;
  }
}
