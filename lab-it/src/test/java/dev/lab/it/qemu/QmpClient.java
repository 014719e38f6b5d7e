package dev.lab.it.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A minimal client for QEMU's machine protocol (QMP) on a Unix socket: enough to reset the
 * machine or power it off. Each command is bounded in time.
 */
final class QmpClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SocketChannel channel;
  private final BufferedReader in;

  private QmpClient(SocketChannel channel) {
    this.channel = channel;
    this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
  }

  /**
   * Connects once QEMU has created the socket, reads the greeting and leaves capabilities
   * negotiation mode.
   *
   * @param alive says whether QEMU still runs; connecting gives up as soon as it does not
   */
  static QmpClient connect(Path socket, Duration timeout, BooleanSupplier alive)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (Files.exists(socket)) {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
          channel.connect(UnixDomainSocketAddress.of(socket));
          QmpClient client = new QmpClient(channel);
          client.readLine(timeout); // {"QMP": {...}}
          client.execute("qmp_capabilities", timeout);
          return client;
        } catch (IOException e) {
          channel.close();
          if (System.nanoTime() > deadline) {
            throw e;
          }
        }
      }
      if (!alive.getAsBoolean()) {
        throw new IOException("QEMU exited before its QMP socket answered");
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("QEMU's QMP socket " + socket + " did not answer within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
  }

  /**
   * Runs a command without arguments and waits for its answer.
   *
   * @throws IOException when QEMU answers with an error, closes the socket or does not answer
   *     within the timeout
   */
  void execute(String command, Duration timeout) throws IOException {
    ByteBuffer request = ByteBuffer.wrap(
        JSON.writeValueAsBytes(JSON.createObjectNode().put("execute", command)));
    while (request.hasRemaining()) {
      channel.write(request);
    }
    while (true) {
      JsonNode reply = JSON.readTree(readLine(timeout));
      if (reply.has("return")) {
        return;
      }
      if (reply.has("error")) {
        throw new IOException("QMP " + command + " failed: " + reply.get("error"));
      }
      // an asynchronous event ({"event": ...}): keep reading
    }
  }

  private String readLine(Duration timeout) throws IOException {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      String text = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (text == null) {
        throw new IOException("QEMU closed its QMP socket");
      }
      return text;
    } catch (TimeoutException e) {
      channel.close();
      throw new IOException("QEMU did not answer on QMP within " + timeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IOException("reading from QEMU's QMP socket failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new IOException("interrupted while waiting for QEMU's QMP answer", e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
