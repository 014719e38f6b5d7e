package dev.lab.puppet;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Debian's puppetserver, run from its jar with a private configuration: its own conf.d, Puppet
 * confdir, codedir, vardir and an SSL port on 127.0.0.1, with {@code autosign} and {@code
 * external_nodes} set to the given executables.
 */
final class PuppetServer implements AutoCloseable {
  static final String JAR = "/usr/share/puppetserver/puppetserver.jar";
  private final Process process;
  private final Path log;
  private final Path dir;
  final int port;
  final Path confdir;

  private PuppetServer(Process process, Path dir, Path log, int port, Path confdir) {
    this.process = process;
    this.dir = dir;
    this.log = log;
    this.port = port;
    this.confdir = confdir;
  }

  /**
   * @param dir an empty folder for everything the server writes
   * @param autosign the policy executable
   * @param enc the external node classifier
   * @param code the environments folder's parent (the codedir)
   */
  static PuppetServer start(Path dir, Path autosign, Path enc, Path code, Duration limit) throws Exception {
    int port = freePort();
    Path conf = Files.createDirectories(dir.resolve("conf.d"));
    Path confdir = Files.createDirectories(dir.resolve("puppet"));
    for (String f : List.of("auth.conf", "ca.conf", "metrics.conf", "web-routes.conf")) {
      Files.copy(Path.of("/etc/puppet/puppetserver/conf.d", f), conf.resolve(f));
    }
    Files.writeString(conf.resolve("puppetserver.conf"), """
        jruby-puppet: {
          ruby-load-path: [/usr/lib/puppetserver/ruby/vendor_ruby]
          gem-home: %1$s/gems
          gem-path: [${jruby-puppet.gem-home}, "/usr/lib/puppetserver/vendored-jruby-gems"]
          server-conf-dir: %2$s
          server-code-dir: %3$s
          server-var-dir: %1$s/var
          server-run-dir: %1$s/run
          server-log-dir: %1$s/log
          max-active-instances: 1
        }
        http-client: {}
        profiler: {}
        """.formatted(dir, confdir, code));
    Files.writeString(conf.resolve("webserver.conf"), """
        webserver: {
          client-auth: want
          ssl-host: 127.0.0.1
          ssl-port: %d
        }
        """.formatted(port));
    Files.writeString(conf.resolve("global.conf"), "global: {\n  logging-config: /etc/puppet/puppetserver/logback.xml\n}\n");
    // certname localhost: the agents reach it as localhost, which its certificate then names. Debian's
    // defaults put the SSL and CA folders outside the confdir: keep them in the test's folder.
    Files.writeString(confdir.resolve("puppet.conf"), """
        [main]
        certname = localhost
        ssldir = %3$s/ssl
        publicdir = %3$s/public
        [server]
        cadir = %3$s/ca
        autosign = %s
        node_terminus = exec
        external_nodes = %s
        allow_duplicate_certs = true
        """.formatted(autosign, enc, dir));
    Path log = dir.resolve("puppetserver.log");
    Process p = new ProcessBuilder("java", "-Xms512m", "-Xmx512m", "-Djruby.lib=/usr/share/jruby/lib",
        "-Dlogappender=STDOUT", "-jar", JAR, "--config", conf.toString(), "--bootstrap-config",
        "/etc/puppet/puppetserver/services.d").directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    PuppetServer server = new PuppetServer(p, dir, log, port, confdir);
    Instant giveUp = Instant.now().plus(limit);
    while (!Proc.read(log).contains("Puppet Server has successfully started")) {
      if (!p.isAlive() || Instant.now().isAfter(giveUp)) {
        server.close();
        throw new IllegalStateException("puppetserver did not start within " + limit + ": see " + log);
      }
      Thread.sleep(1000);
    }
    return server;
  }

  /**
   * Forgets a signed certificate, as {@code puppetserver ca clean} would (minus revocation), so
   * that the certname can request one again.
   */
  void forget(String certname) throws IOException {
    Files.delete(dir.resolve("ca/signed/" + certname + ".pem"));
  }

  String log() throws IOException {
    return Proc.read(log);
  }

  static void executable(Path file, String content) throws IOException {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
