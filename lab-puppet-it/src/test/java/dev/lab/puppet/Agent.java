package dev.lab.puppet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Puppet agent (Debian's puppet-agent) confined to a folder: a {@code puppet} on PATH that adds
 * the folder's confdir, vardir, ssldir, logdir, rundir and publicdir to every call (so Lab's
 * enrollment script, which asks {@code puppet config print confdir}, writes there, and nothing
 * lands in the system's Puppet folders), and a {@code systemctl} that does nothing (the script
 * enables the agent's service on a real machine).
 */
final class Agent {
  final Path dir;
  final Path confdir;
  final Path vardir;
  private final Path bin;

  private Agent(Path dir) throws Exception {
    this.dir = Files.createDirectories(dir);
    this.confdir = Files.createDirectories(dir.resolve("conf"));
    this.vardir = Files.createDirectories(dir.resolve("var"));
    this.bin = Files.createDirectories(dir.resolve("bin"));
    PuppetServer.executable(bin.resolve("puppet"), "#!/bin/sh\nexec /usr/bin/puppet \"$@\" --confdir " + confdir
        + " --vardir " + vardir + " --logdir " + dir.resolve("log") + " --rundir " + dir.resolve("run")
        + " --codedir " + dir.resolve("code") + " --ssldir " + confdir.resolve("ssl") + " --publicdir "
        + dir.resolve("public") + "\n");
    PuppetServer.executable(bin.resolve("systemctl"), "#!/bin/sh\necho \"systemctl $*: skipped in the test\"\n");
  }

  static Agent in(Path dir) throws Exception {
    return new Agent(dir);
  }

  Map<String, String> env() {
    return Map.of("PATH", bin + ":" + System.getenv("PATH"));
  }

  /** Runs a shell script Lab generated, as an installed machine would. */
  Proc script(Path script) throws Exception {
    return Proc.run(List.of("sh", script.toString()), env(), dir.resolve("script.log"), Duration.ofMinutes(2));
  }

  /** One {@code puppet agent --test} against the server; it does not wait for a certificate. */
  Proc test(PuppetServer server, String... extra) throws Exception {
    List<String> command = new ArrayList<>(List.of(bin.resolve("puppet").toString(), "agent", "--test",
        "--server", "localhost", "--serverport", String.valueOf(server.port), "--waitforcert", "0"));
    command.addAll(List.of(extra));
    return Proc.run(command, env(), dir.resolve("agent.log"), Duration.ofMinutes(3));
  }

  Path certificate(String certname) {
    return confdir.resolve("ssl/certs/" + certname + ".pem");
  }

  /** @return the classes of the last catalog the agent applied */
  List<String> classes() throws Exception {
    return Files.readAllLines(vardir.resolve("state/classes.txt"));
  }
}
