import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boot-storm load generator for {@code lab serve} (a benchmark, not a test).
 *
 * <p>Each simulated machine does what a network-booting Debian installer does against Lab:
 * {@code GET /boot.ipxe}, then the per-machine script at the chain URL the bootstrap names (with
 * the machine's MAC, platform and architecture filled in), then the answer file whose URL it finds
 * in that script, then five progress events posted next to the answer file. Machines run at a
 * fixed number in flight; every level runs the same machines once.
 *
 * <pre>
 * java BootStorm.java approve BASE OPERATOR_TOKEN SERVERS_FILE CONCURRENCY
 * java BootStorm.java storm   BASE MACS_FILE LEVELS [--record DIR] [--rss PID,...] [--deadline S]
 * </pre>
 *
 * <p>{@code SERVERS_FILE} has one server name a line, {@code MACS_FILE} one MAC a line,
 * {@code LEVELS} is a comma-separated list of machines in flight (e.g. {@code 8,32,128,256}).
 * {@code --record DIR} saves every answer body under DIR as a static web root (for the reference
 * server); {@code --rss} reads the resident set of those processes from /proc after each level.
 * Every loop is bounded: each level runs each machine once, every request has a 30 s time-out and
 * the whole run stops at the deadline (default 600 s), counting unfinished machines as errors.
 */
public final class BootStorm {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern CHAIN = Pattern.compile("chain\\s+(?:--\\S+\\s+)*(\\S+)");
  private static final Pattern ANSWER_URL = Pattern.compile("url=(https?://\\S+/t/[^/\\s]+/preseed\\.cfg)");
  private static final String[] KINDS = {"bootstrap", "script", "answer", "event"};
  private static final int EVENTS = 5;

  private BootStorm() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      usage();
    }
    switch (args[0]) {
      case "approve" -> approve(args);
      case "storm" -> storm(args);
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: BootStorm approve BASE TOKEN SERVERS_FILE CONCURRENCY\n"
        + "       BootStorm storm BASE MACS_FILE LEVELS [--record DIR] [--rss PID,...] [--deadline S]");
    System.exit(2);
  }

  private static HttpClient client(int threads) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newFixedThreadPool(Math.max(2, Math.min(threads, 16))))
        .build();
  }

  // ---- approvals through the operator API --------------------------------------------------

  private static void approve(String[] args) throws Exception {
    if (args.length != 5) {
      usage();
    }
    String base = trimSlash(args[1]);
    String token = args[2];
    List<String> servers = lines(Path.of(args[3]));
    int concurrency = Integer.parseInt(args[4]);
    HttpClient http = client(concurrency);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    long[] latencies = new long[servers.size()];
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        String body = "{\"server\":\"" + servers.get(index) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/onboardings"))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 201) {
            fail(errors, firstError, servers.get(index) + ": " + response.statusCode() + " " + response.body());
          }
        } catch (IOException | InterruptedException e) {
          fail(errors, firstError, servers.get(index) + ": " + e);
        }
        latencies[index] = System.nanoTime() - t0;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %d |%n",
        servers.size(), concurrency, seconds, servers.size() / seconds,
        ms(percentile(latencies, 50)), ms(percentile(latencies, 99)), errors.get());
    if (firstError.get() != null) {
      System.err.println("first error: " + firstError.get());
    }
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  // ---- the storm ---------------------------------------------------------------------------

  private static void storm(String[] args) throws Exception {
    if (args.length < 4) {
      usage();
    }
    String base = trimSlash(args[1]);
    List<String> macs = lines(Path.of(args[2]));
    int[] levels = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
    Path record = null;
    String rssPids = null;
    long deadlineSeconds = 600;
    for (int i = 4; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--record" -> record = Path.of(args[i + 1]);
        case "--rss" -> rssPids = args[i + 1];
        case "--deadline" -> deadlineSeconds = Long.parseLong(args[i + 1]);
        default -> usage();
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
    int max = Arrays.stream(levels).max().orElse(1);
    HttpClient http = client(max);
    boolean failed = false;
    System.out.println("| in flight | machines | seconds | machines/s | requests/s | "
        + "bootstrap p50/p99 (ms) | script p50/p99 (ms) | answer p50/p99 (ms) | event p50/p99 (ms) "
        + "| errors | server RSS (MiB) | server CPU (s) | generator CPU (s) |");
    System.out.println("|---:|---:|---:|---:|---:|---|---|---|---|---:|---:|---:|---:|");
    for (int level : levels) {
      Level result = new Level(macs.size());
      ExecutorService pool = Executors.newFixedThreadPool(level);
      long start = System.nanoTime();
      long serverTicks = cpuTicks(rssPids);
      Duration generatorCpu = ownCpu();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < macs.size(); i++) {
        int index = i;
        Path recordTo = record;
        futures.add(pool.submit(() -> machine(http, base, macs.get(index), index, result, recordTo, deadline)));
      }
      pool.shutdown();
      long remaining = deadline - System.nanoTime();
      if (!pool.awaitTermination(Math.max(0, remaining), TimeUnit.NANOSECONDS)) {
        pool.shutdownNow();
        result.errors.addAndGet((int) futures.stream().filter(f -> !f.isDone()).count());
        result.firstError.compareAndSet(null, "deadline reached");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long requests = result.requests.get();
      String serverCpu = rssPids == null ? "–"
          : String.format(Locale.ROOT, "%.2f", (cpuTicks(rssPids) - serverTicks) / CLOCK_TICKS);
      double generatorSeconds = (ownCpu().toNanos() - generatorCpu.toNanos()) / 1e9;
      System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %.0f | %.0f | %s | %s | %s | %s | %d | %s | %s | %.2f |%n",
          level, result.machines.get(), seconds, result.machines.get() / seconds, requests / seconds,
          result.latency(0), result.latency(1), result.latency(2), result.latency(3),
          result.errors.get(), rss(rssPids), serverCpu, generatorSeconds);
      if (result.firstError.get() != null) {
        System.err.println("level " + level + ", first error: " + result.firstError.get());
        failed = true;
      }
      if (System.nanoTime() >= deadline) {
        System.err.println("deadline reached; levels after " + level + " not run");
        failed = true;
        break;
      }
    }
    System.exit(failed ? 1 : 0);
  }

  /** One machine's boot: bootstrap, per-machine script, answer file, five progress events. */
  private static void machine(HttpClient http, String base, String mac, int index, Level result,
      Path record, long deadline) {
    if (System.nanoTime() >= deadline) {
      fail(result.errors, result.firstError, mac + ": deadline reached before start");
      return;
    }
    try {
      String bootstrap = get(http, base + "/boot.ipxe", 0, index, result);
      Matcher chain = CHAIN.matcher(bootstrap);
      if (!chain.find()) {
        throw new IllegalStateException("bootstrap names no chain URL");
      }
      String scriptUrl = fillIn(chain.group(1), mac, index);
      String script = get(http, scriptUrl, 1, index, result);
      Matcher answer = ANSWER_URL.matcher(script);
      if (!answer.find()) {
        throw new IllegalStateException("per-machine script names no answer file: " + firstLine(script));
      }
      String answerUrl = answer.group(1);
      String preseed = get(http, answerUrl, 2, index, result);
      if (!preseed.contains("d-i ")) {
        throw new IllegalStateException("answer file is not a preseed file");
      }
      String eventsUrl = answerUrl.substring(0, answerUrl.length() - "preseed.cfg".length()) + "events";
      for (int n = 1; n <= EVENTS; n++) {
        String event = "{\"type\":\"install-progress\",\"message\":\"step " + n + " of " + EVENTS
            + "\",\"data\":{\"percent\":" + (n * 100 / EVENTS) + "}}";
        post(http, eventsUrl, event, index, result);
      }
      if (record != null) {
        save(record, "boot.ipxe", bootstrap);
        save(record, "ipxe/" + mac + ".ipxe", script);
        save(record, URI.create(answerUrl).getPath().substring(1), preseed);
      }
      result.machines.incrementAndGet();
    } catch (Exception e) {
      fail(result.errors, result.firstError, mac + ": " + e.getMessage());
    }
  }

  private static String fillIn(String template, String mac, int index) {
    String uuid = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", index);
    return template
        .replace("${mac}", mac)
        .replace("${uuid}", uuid)
        .replace("${buildarch}", "x86_64")
        .replace("${platform}", "efi")
        .replace("${serial:uristring}", "SN" + index)
        .replace("${manufacturer:uristring}", "QEMU")
        .replace("${product:uristring}", "Standard%20PC");
  }

  private static String get(HttpClient http, String url, int kind, int index, Level result)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build();
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    result.record(kind, index, System.nanoTime() - t0);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + URI.create(url).getPath() + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static void post(HttpClient http, String url, String json, int index, Level result)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    long t0 = System.nanoTime();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    int slot = result.eventSlot(index);
    result.record(3, slot, System.nanoTime() - t0);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("POST events answered " + response.statusCode());
    }
  }

  private static void save(Path root, String relative, String body) throws IOException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new IOException("refusing to record outside " + root + ": " + relative);
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, body, StandardCharsets.UTF_8);
  }

  /** The results of one concurrency level: latencies per request kind, counts, errors. */
  private static final class Level {
    final long[][] nanos;
    final AtomicInteger[] eventCounters;
    final AtomicInteger machines = new AtomicInteger();
    final AtomicLong requests = new AtomicLong();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicReference<String> firstError = new AtomicReference<>();

    Level(int machineCount) {
      nanos = new long[][] {
          filled(machineCount), filled(machineCount), filled(machineCount), filled(machineCount * EVENTS)};
      eventCounters = new AtomicInteger[machineCount];
      for (int i = 0; i < machineCount; i++) {
        eventCounters[i] = new AtomicInteger();
      }
    }

    private static long[] filled(int n) {
      long[] a = new long[n];
      Arrays.fill(a, -1);
      return a;
    }

    int eventSlot(int machine) {
      return machine * EVENTS + eventCounters[machine].getAndIncrement();
    }

    void record(int kind, int slot, long elapsed) {
      nanos[kind][slot] = elapsed;
      requests.incrementAndGet();
    }

    String latency(int kind) {
      long[] done = Arrays.stream(nanos[kind]).filter(v -> v >= 0).sorted().toArray();
      if (done.length == 0) {
        return "–";
      }
      return String.format(Locale.ROOT, "%.1f / %.1f", ms(percentile(done, 50)), ms(percentile(done, 99)));
    }
  }

  /** Jiffies per second of /proc/PID/stat (USER_HZ, 100 on Linux on every common architecture). */
  private static final double CLOCK_TICKS = 100.0;

  /** User plus system CPU time of the processes, in clock ticks (0 when not asked for). */
  private static long cpuTicks(String pids) {
    if (pids == null) {
      return 0;
    }
    long ticks = 0;
    for (String pid : pids.split(",")) {
      try {
        String stat = Files.readString(Path.of("/proc", pid.trim(), "stat"));
        // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException e) {
        return 0;
      }
    }
    return ticks;
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static String rss(String pids) {
    if (pids == null) {
      return "–";
    }
    long kib = 0;
    for (String pid : pids.split(",")) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", pid.trim(), "status"))) {
          if (line.startsWith("VmRSS:")) {
            kib += Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (IOException e) {
        return "? (process " + pid + " gone)";
      }
    }
    return String.format(Locale.ROOT, "%.0f", kib / 1024.0);
  }

  private static void fail(AtomicInteger errors, AtomicReference<String> first, String message) {
    errors.incrementAndGet();
    first.compareAndSet(null, message);
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String trimSlash(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
