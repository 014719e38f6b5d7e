package dev.lab.it.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small HTTP server on 127.0.0.1 (random port) for boot tests: it serves the paths a test
 * registers, answers 404 to everything else, records every request (method, target, headers,
 * body, status) in memory and in a request log file, and lets a test wait for a request matching
 * a predicate.
 *
 * <p>Handlers run on a small thread pool, so a guest downloading an initrd does not block its
 * other requests. Close the server to stop it; close never waits for slow clients.
 */
public final class TestHttpServer implements AutoCloseable {

  /** Request bodies are recorded up to this size; the rest is read and dropped. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** The request log notes when a response body of at least this size has been sent. */
  private static final long LARGE_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Path requestLog;
  private final long startNanos = System.nanoTime();
  private final Map<String, Function<RecordedRequest, Response>> routes = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new ArrayList<>();

  private TestHttpServer(HttpServer server, ExecutorService executor, Path requestLog) {
    this.server = server;
    this.executor = executor;
    this.requestLog = requestLog;
  }

  /**
   * Starts a server on 127.0.0.1 and a free port.
   *
   * @param requestLog the file every request is appended to (created, or emptied)
   */
  public static TestHttpServer start(Path requestLog) {
    try {
      Files.createDirectories(requestLog.toAbsolutePath().getParent());
      Files.writeString(requestLog, "");
      HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "test-http");
        thread.setDaemon(true);
        return thread;
      });
      TestHttpServer testServer = new TestHttpServer(http, executor, requestLog);
      http.createContext("/", testServer::handle);
      http.setExecutor(executor);
      http.start();
      return testServer;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test HTTP server", e);
    }
  }

  /** The port the server listens on, on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The request log file. */
  public Path requestLog() {
    return requestLog;
  }

  /**
   * Serves {@code path} (exact match, without query) with the given handler, replacing any
   * earlier handler for it. The handler sees the request (its status is 0 until answered).
   */
  public TestHttpServer route(String path, Function<RecordedRequest, Response> handler) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a route path must start with '/': " + path);
    }
    routes.put(path, Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Serves {@code path} with the same response every time. */
  public TestHttpServer route(String path, Response response) {
    return route(path, request -> response);
  }

  /** Every request so far, in arrival order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The first request so far that matches, if any. */
  public synchronized Optional<RecordedRequest> find(Predicate<RecordedRequest> predicate) {
    return requests.stream().filter(predicate).findFirst();
  }

  /**
   * Waits until a request matching the predicate has arrived (its status is decided, its body may
   * still be on its way to the client), and returns the first one.
   *
   * @throws AssertionError naming {@code what} and listing every request so far when none
   *     matched within the timeout
   */
  public RecordedRequest awaitRequest(String what, Predicate<RecordedRequest> predicate, Duration timeout)
      throws InterruptedException {
    return awaitRequest(what, predicate, timeout, () -> null);
  }

  /**
   * Waits as {@link #awaitRequest(String, Predicate, Duration)} does, and gives up early as soon
   * as {@code giveUp} returns a reason (e.g. "QEMU exited"); it returns null while waiting is
   * still worth it. It is asked about twice a second.
   */
  public RecordedRequest awaitRequest(String what, Predicate<RecordedRequest> predicate, Duration timeout,
      Supplier<String> giveUp) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      synchronized (this) {
        Optional<RecordedRequest> match = requests.stream().filter(predicate).findFirst();
        if (match.isPresent()) {
          return match.get();
        }
      }
      long left = deadline - System.nanoTime();
      String reason = giveUp.get();
      if (left <= 0 || reason != null) {
        throw new AssertionError("no request for " + what + (reason != null ? ": " + reason
            : " within " + timeout.toSeconds() + " s") + "\nRequests so far:\n" + describeRequests());
      }
      synchronized (this) {
        TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)));
      }
    }
  }

  /** Every request so far, one a line, for failure messages. */
  public synchronized String describeRequests() {
    if (requests.isEmpty()) {
      return "  (none)";
    }
    StringBuilder text = new StringBuilder();
    for (RecordedRequest request : requests) {
      text.append("  ").append(request).append('\n');
    }
    return text.toString();
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      long receivedNanos = System.nanoTime();
      byte[] body = readBody(exchange.getRequestBody());
      String target = exchange.getRequestURI().toString();
      RecordedRequest received = new RecordedRequest(0, receivedNanos,
          exchange.getRequestMethod().toUpperCase(Locale.ROOT), target, lowerCaseHeaders(exchange), body, 0);
      Function<RecordedRequest, Response> handler = routes.get(received.path());
      Response response;
      try {
        response = handler == null ? Response.status(404) : handler.apply(received);
      } catch (RuntimeException e) {
        response = Response.bytes(500, "text/plain; charset=utf-8",
            ("test handler failed: " + e).getBytes(StandardCharsets.UTF_8));
      }
      RecordedRequest answered = record(received, response.status());
      send(exchange, response, answered);
    } finally {
      exchange.close();
    }
  }

  private void send(HttpExchange exchange, Response response, RecordedRequest request) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    boolean head = request.method().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), head || response.length() == 0 ? -1 : response.length());
    if (!head && response.length() > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        response.body().writeTo(out);
        if (response.length() >= LARGE_BODY_BYTES) {
          log(String.format("%9.3f   #%d: sent all %d bytes%n", seconds(System.nanoTime()), request.sequence(),
              response.length()));
        }
      } catch (IOException e) {
        log(String.format("%9.3f   #%d: the client went away after part of the body (%s)%n",
            seconds(System.nanoTime()), request.sequence(), e.getMessage()));
      }
    }
  }

  private synchronized RecordedRequest record(RecordedRequest received, int status) {
    RecordedRequest answered = new RecordedRequest(requests.size() + 1, received.receivedNanos(),
        received.method(), received.target(), received.headers(), received.body(), status);
    requests.add(answered);
    log(String.format("%9.3f #%d %s %s -> %d, User-Agent: %s%s%n", seconds(answered.receivedNanos()),
        answered.sequence(), answered.method(), answered.target(), status, answered.userAgent(),
        answered.body().length == 0 ? "" : ", body: " + answered.bodyText()));
    notifyAll();
    return answered;
  }

  private double seconds(long nanos) {
    return (nanos - startNanos) / 1e9;
  }

  private synchronized void log(String line) {
    try {
      Files.writeString(requestLog, line, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the request log " + requestLog, e);
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] kept = in.readNBytes(MAX_BODY_BYTES);
    in.transferTo(OutputStream.nullOutputStream());
    return kept;
  }

  private static Map<String, List<String>> lowerCaseHeaders(HttpExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values));
    headers.replaceAll((name, values) -> List.copyOf(values));
    return headers;
  }
}
