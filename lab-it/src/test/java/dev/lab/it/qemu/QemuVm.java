package dev.lab.it.qemu;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A running x86_64 test VM: QEMU under TCG that network-boots through user-mode networking to a
 * test HTTP server on the host's loopback. Build one with {@link #builder()}; always close it
 * (try-with-resources): closing kills QEMU and everything it started, even when the test failed.
 *
 * <p>Every VM has a hard time limit: when it is reached QEMU is killed and every wait fails at
 * once. Its serial console, QEMU's own output and its command line are kept in the log folder.
 */
public final class QemuVm implements AutoCloseable {

  private static final Duration QMP_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "qemu-vm-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final QemuVmSpec spec;
  private final Path workDir;
  /** The real path of the {@code nc} executable, as the process table shows it. */
  private final String netcat;
  private final Process process;
  private final long startNanos;
  private final SerialConsole serial;
  private final Thread killOnJvmExit;
  private final ScheduledFuture<?> timeLimit;
  private volatile boolean timeLimitReached;
  private QmpClient qmp;

  private QemuVm(QemuVmSpec spec, Path workDir, String netcat, Process process, long startNanos) {
    this.spec = spec;
    this.netcat = netcat;
    this.workDir = workDir;
    this.process = process;
    this.startNanos = startNanos;
    this.serial = new SerialConsole(spec.logDir().resolve(QemuVmSpec.SERIAL_LOG));
    this.killOnJvmExit = new Thread(this::kill, "qemu-vm-kill-on-exit");
    Runtime.getRuntime().addShutdownHook(killOnJvmExit);
    this.timeLimit = WATCHDOG.schedule(() -> {
      timeLimitReached = true;
      kill();
    }, spec.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A builder with the defaults: BIOS, 2 vCPUs, 1 GiB, no disk, a random UUID. */
  public static QemuVmSpec.Builder builder() {
    return new QemuVmSpec.Builder();
  }

  /** Starts QEMU for {@code spec}; package-private: use {@link QemuVmSpec.Builder#start()}. */
  static QemuVm start(QemuVmSpec spec) throws IOException, InterruptedException {
    Files.createDirectories(spec.logDir());
    Path workDir = Files.createTempDirectory("lab-qemu-");
    try {
      HostFiles host = HostFiles.find(spec.firmware(), spec.hasDisk());
      List<String> command = spec.commandLine(host, workDir);
      spec.prepare(host, workDir);
      Files.write(spec.logDir().resolve(QemuVmSpec.COMMAND_LOG), List.of(shellCommand(command)));
      Files.deleteIfExists(spec.logDir().resolve(QemuVmSpec.SERIAL_LOG));
      String netcat = host.netcat().toRealPath().toString();
      long startNanos = System.nanoTime();
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(spec.logDir().resolve(QemuVmSpec.QEMU_LOG).toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      QemuVm vm = new QemuVm(spec, workDir, netcat, process, startNanos);
      try {
        vm.qmp = QmpClient.connect(workDir.resolve(QemuVmSpec.QMP_SOCKET), QMP_TIMEOUT, process::isAlive);
      } catch (InterruptedException e) {
        vm.close();
        throw e;
      } catch (IOException | RuntimeException e) {
        vm.close();
        throw new IOException("QEMU did not start: " + e.getMessage() + "\n" + vm.qemuOutput(), e);
      }
      return vm;
    } catch (IOException | RuntimeException | InterruptedException e) {
      deleteTree(workDir);
      throw e;
    }
  }

  /** QEMU's process id. */
  public long pid() {
    return process.pid();
  }

  /** {@link System#nanoTime()} just before QEMU was started. */
  public long startNanos() {
    return startNanos;
  }

  /** Time since QEMU was started. */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** The VM's description. */
  public QemuVmSpec spec() {
    return spec;
  }

  /** The VM's serial console. */
  public SerialConsole serial() {
    return serial;
  }

  /** True while QEMU runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits until the serial console shows a match of {@code regex} (searched in the text without
   * terminal control sequences), and returns the matched text.
   *
   * @throws AssertionError with the end of the console when there is no match within the timeout,
   *     or when QEMU exits or reaches its time limit first
   */
  public String waitForSerial(String regex, Duration timeout) throws InterruptedException {
    return waitForSerial(regex, timeout, 0);
  }

  /**
   * Waits as {@link #waitForSerial(String, Duration)} does, looking only at the text after
   * {@code from} (a {@link SerialConsole#mark()} taken earlier), e.g. at what a second boot
   * printed.
   */
  public String waitForSerial(String regex, Duration timeout, int from) throws InterruptedException {
    Pattern pattern = Pattern.compile(regex);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean alive = process.isAlive();
      String match = serial.find(pattern, from);
      if (match != null) {
        return match;
      }
      if (!alive || System.nanoTime() > deadline) {
        throw new AssertionError("the serial console did not show /" + regex + "/ within " + timeout.toSeconds()
            + " s (" + state() + ").\nLast console output:\n" + serial.tail(3000));
      }
      Thread.sleep(200);
    }
  }

  /** What became of the VM, for failure messages: running, exited, or killed at its time limit. */
  public String state() {
    if (timeLimitReached) {
      return "QEMU was killed at its time limit of " + spec.timeLimit().toSeconds() + " s";
    }
    if (process.isAlive()) {
      return "QEMU still runs after " + elapsed().toSeconds() + " s";
    }
    return "QEMU exited with status " + process.exitValue() + " after " + elapsed().toSeconds() + " s; "
        + qemuOutput();
  }

  /**
   * Null while QEMU runs; once it has exited or was killed, what happened and the end of its
   * serial console. Made for {@code TestHttpServer.awaitRequest(..., vm::whyStopped)}.
   */
  public String whyStopped() {
    if (process.isAlive()) {
      return null;
    }
    return state() + ".\nLast console output:\n" + serial.tail(3000);
  }

  /**
   * Resets the machine as its reset button would: the firmware starts again and network-boots
   * again, with the same identity, disk and UEFI variables.
   *
   * @throws IllegalStateException when the VM runs with {@code -no-reboot}: QEMU would exit
   */
  public void reset() throws IOException {
    if (spec.noReboot()) {
      throw new IllegalStateException("this VM runs with -no-reboot, where QEMU exits instead of resetting");
    }
    qmp.execute("system_reset", QMP_TIMEOUT);
  }

  /** Pulls the plug: QEMU quits at once, then this waits for it to exit. */
  public void powerOff() throws IOException, InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    try {
      qmp.execute("quit", QMP_TIMEOUT);
    } catch (IOException e) {
      // QEMU may close the socket before it answers "quit"; whether it exits is what counts.
    }
    if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IOException("QEMU did not exit within " + EXIT_TIMEOUT.toSeconds() + " s of QMP quit");
    }
  }

  /** QEMU's own output (stderr and stdout) so far. */
  public String qemuOutput() {
    Path log = spec.logDir().resolve(QemuVmSpec.QEMU_LOG);
    try {
      String text = Files.exists(log) ? Files.readString(log) : "";
      return text.isBlank() ? "QEMU printed nothing" : "QEMU printed:\n" + text.strip();
    } catch (IOException e) {
      return "QEMU's output cannot be read: " + e.getMessage();
    }
  }

  /** Kills QEMU and the processes it started, removes the working files; the logs stay. */
  @Override
  public void close() {
    timeLimit.cancel(false);
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killOnJvmExit);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
    if (qmp != null) {
      try {
        qmp.close();
      } catch (IOException e) {
        // the socket dies with QEMU
      }
    }
    deleteTree(workDir);
  }

  private void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle forward : forwardProcesses()) {
      forward.destroyForcibly();
      try {
        forward.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // killed with SIGKILL: it goes, whether or not its end is seen in time
      }
    }
  }

  /**
   * The {@code nc} processes QEMU started for guest connections that still run, by the ids they
   * noted (see {@link QemuVmSpec}); an id now used by another program is left alone.
   */
  List<ProcessHandle> forwardProcesses() {
    Path pids = workDir.resolve(QemuVmSpec.FORWARD_PIDS);
    List<ProcessHandle> running = new ArrayList<>();
    try {
      if (!Files.exists(pids)) {
        return running;
      }
      for (String line : Files.readAllLines(pids)) {
        if (!line.isBlank()) {
          ProcessHandle.of(Long.parseLong(line.strip()))
              .filter(handle -> handle.info().command().map(netcat::equals).orElse(false))
              .ifPresent(running::add);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // nothing readable was noted: nothing to kill
    }
    return running;
  }

  /** The command as a shell would take it, one argument pair a line, for the log. */
  static String shellCommand(List<String> command) {
    StringBuilder text = new StringBuilder();
    for (String arg : command) {
      if (text.length() > 0) {
        text.append(arg.startsWith("-") ? " \\\n  " : " ");
      }
      text.append(arg.matches("[A-Za-z0-9_./:=,@+%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return text.toString();
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the VM's working folder " + dir, e);
    }
  }
}
