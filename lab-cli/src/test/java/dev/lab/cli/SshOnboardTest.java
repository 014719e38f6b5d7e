package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.core.state.JdbcStateStore;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TokenPurpose;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lab onboard --provider ssh} against a real OpenSSH server on 127.0.0.1 (Debian's
 * openssh-server, started per test). The machine reached is this host itself, so its facts are
 * checked against /proc and /sys, and the enrollment script runs here, staged under a temporary
 * directory (LAB_ENROLL_ROOT, set by sshd) with a stand-in puppet that records its arguments.
 */
@Timeout(90)
class SshOnboardTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path lab;
  private Path hostKey;
  private Path clientKey;
  private Path authorizedKeys;
  private Path knownHosts;
  private Path enrollRoot;
  private OpenSshServer sshd;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(OpenSshServer.available(), "openssh-server is not installed (.ci/run installs it)");
    lab = tmp.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
    // The lab's URL: a closed local port, so the script's progress reports fail fast and harmlessly.
    Path labYaml = lab.resolve("lab.yaml");
    Files.writeString(labYaml, Files.readString(labYaml).replace("http://lab.example:8080/", "http://127.0.0.1:9/"));
    Path keys = Files.createDirectory(tmp.resolve("keys"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    hostKey = OpenSshServer.keygen(keys.resolve("host_ed25519"), "ed25519", "");
    clientKey = OpenSshServer.keygen(keys.resolve("client_ed25519"), "ed25519", "");
    authorizedKeys = keys.resolve("authorized_keys");
    Files.copy(Path.of(clientKey + ".pub"), authorizedKeys);
    knownHosts = tmp.resolve("home/.ssh/known_hosts");
    enrollRoot = tmp.resolve("enroll-root");
    Path puppet = enrollRoot.resolve("opt/puppetlabs/bin/puppet");
    Files.createDirectories(puppet.getParent());
    Files.writeString(puppet, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"" + enrollRoot.resolve("puppet.log") + "\"\n");
    Files.setPosixFilePermissions(puppet, PosixFilePermissions.fromString("rwxr-xr-x"));
    sshd = OpenSshServer.start(keys, hostKey, authorizedKeys, Map.of("LAB_ENROLL_ROOT", enrollRoot.toString()));
  }

  @AfterEach
  void stop() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @Test
  void enrollsTheMachineAndRecordsItsFactsOsAndEnrollment() throws Exception {
    assumeTrue(OpenSshServer.root(), "the enrollment runs as root: without root the login user needs passwordless sudo");
    trustHostKey();
    Cli.Result r = onboard("sshbox", "--profile", "debian-db");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("Enrolled.", "enrollment script of plugin preseed", "(method ssh): enrolled");

    // The script wrote its CSR attributes with a live, fresh enrollment token and the profile's role.
    String csr = Files.readString(enrollRoot.resolve("etc/puppetlabs/puppet/csr_attributes.yaml"));
    Matcher token = Pattern.compile("1\\.2\\.840\\.113549\\.1\\.9\\.7: \"([A-Za-z0-9_-]{43})\"").matcher(csr);
    assertThat(token.find()).as(csr).isTrue();
    assertThat(csr).contains("\"pp_role\": \"database\"");
    try (StateStore store = JdbcStateStore.embedded(lab.resolve("state"))) {
      assertThat(store.redeem(token.group(1), TokenPurpose.ENROLLMENT, Instant.now())).isPresent();
    }
    assertThat(Files.readString(enrollRoot.resolve("puppet.log")))
        .contains("config set --confdir " + enrollRoot.resolve("etc/puppetlabs/puppet") + " --section main certname sshbox");

    // lab status shows the onboarding and each step of its timeline.
    assertThat(Cli.run("status", "--lab", lab.toString()).out()).containsPattern("sshbox\\s+enrolled\\s+debian-db");
    List<JsonNode> timeline = timeline("sshbox");
    assertThat(timeline).extracting(e -> e.path("type").asText()).containsSubsequence("ssh-connected",
        "facts-gathered", "os-detected", "approved", "installed", "enrollment-started", "enrollment-finished", "enrolled");
    JsonNode connected = event(timeline, "ssh-connected");
    assertThat(connected.path("message").asText()).contains(OpenSshServer.fingerprint(Path.of(hostKey + ".pub")));

    JsonNode facts = JSON.readTree(event(timeline, "facts-gathered").path("data").asText());
    assertThat(facts.path("architecture").asText()).isEqualTo(OpenSshServer.run("uname", "-m").strip());
    assertThat(facts.path("memoryBytes").asLong()).isEqualTo(memTotalBytes());
    assertThat(facts.path("firmware").asText()).isIn("uefi", "bios");
    assertThat(facts.path("cpu").path("threads").asInt()).isEqualTo(cpuinfoProcessors());
    List<String> macs = new ArrayList<>();
    facts.path("nics").forEach(n -> macs.add(n.path("mac").asText()));
    assertThat(macs).contains(aHostMac());

    JsonNode os = JSON.readTree(event(timeline, "os-detected").path("data").asText());
    Map<String, String> release = osRelease();
    assertThat(os.path("id").asText()).isEqualTo(release.get("ID")).isEqualTo("debian");
    assertThat(os.path("versionId").asText()).isEqualTo(release.get("VERSION_ID")).isEqualTo("12");
    assertThat(os.path("plugin").asText()).isEqualTo("preseed");
    JsonNode finished = JSON.readTree(event(timeline, "enrollment-finished").path("data").asText());
    assertThat(finished.path("exitCode").asInt()).isZero();
  }

  @Test
  void aFailingEnrollmentScriptMarksTheOnboardingFailedWithItsExitCodeAndLastLines() throws Exception {
    assumeTrue(OpenSshServer.root(), "the enrollment runs as root: without root the login user needs passwordless sudo");
    trustHostKey();
    Path puppet = enrollRoot.resolve("opt/puppetlabs/bin/puppet");
    Files.writeString(puppet, "#!/bin/sh\necho 'puppet: cannot write the configuration' >&2\nexit 7\n");
    Cli.Result r = onboard("sshbox", "--profile", "debian-db");
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("failed with exit code 7", "puppet: cannot write the configuration");
    assertThat(Cli.run("status", "--lab", lab.toString()).out()).containsPattern("sshbox\\s+failed");
    JsonNode failed = JSON.readTree(event(timeline("sshbox"), "enrollment-failed").path("data").asText());
    assertThat(failed.path("exitCode").asInt()).isEqualTo(7);
    assertThat(failed.path("output").toString()).contains("puppet: cannot write the configuration");
  }

  @Test
  void saysWhenNothingListens() throws Exception {
    int port = sshd.port();
    sshd.close();
    sshd = null;
    Cli.Result r = run("onboard", "sshbox", "--provider", "ssh", "--profile", "debian-db", "--host", "127.0.0.1",
        "--port", String.valueOf(port), "--identity", clientKey.toString(), "--known-hosts", knownHosts.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("cannot connect to root@127.0.0.1:" + port);
  }

  @Test
  void refusesAnUnknownHostKeyAndPrintsItsFingerprint() throws Exception {
    Cli.Result r = onboard("sshbox", "--profile", "debian-db", "--dry-run");
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("is not in " + knownHosts, OpenSshServer.fingerprint(Path.of(hostKey + ".pub")),
        "--trust-new-host-key");
    assertThat(knownHosts).doesNotExist();
  }

  @Test
  void refusesAChangedHostKeyEvenWithTrustNewHostKey() throws Exception {
    Path other = OpenSshServer.keygen(tmp.resolve("other_host_key"), "ed25519", "");
    Files.createDirectories(knownHosts.getParent());
    String entry = "[127.0.0.1]:" + sshd.port() + " " + Files.readString(Path.of(other + ".pub")).strip();
    Files.writeString(knownHosts, entry + "\n");
    Cli.Result r = onboard("sshbox", "--profile", "debian-db", "--trust-new-host-key");
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("HAS CHANGED", OpenSshServer.fingerprint(Path.of(other + ".pub")),
        OpenSshServer.fingerprint(Path.of(hostKey + ".pub")), "ssh-keygen -R");
    assertThat(Files.readString(knownHosts)).isEqualTo(entry + "\n");
    assertThat(Files.exists(lab.resolve("state")) ? timelineTypes("sshbox") : List.<String>of())
        .doesNotContain("ssh-connected");
  }

  @Test
  void refusesAClientKeyTheServerDoesNotAuthorize() throws Exception {
    trustHostKey();
    Path wrong = OpenSshServer.keygen(tmp.resolve("wrong_key"), "ed25519", "");
    Cli.Result r = run("onboard", "sshbox", "--provider", "ssh", "--profile", "debian-db", "--host", "127.0.0.1",
        "--port", String.valueOf(sshd.port()), "--user", user(), "--identity", wrong.toString(),
        "--known-hosts", knownHosts.toString(), "--dry-run");
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("cannot log in to " + user() + "@127.0.0.1:" + sshd.port(), "authorized_keys");
  }

  @Test
  void trustNewHostKeyAddsItToKnownHostsExceptInADryRun() throws Exception {
    Cli.Result dry = onboard("sshbox", "--profile", "debian-db", "--trust-new-host-key", "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("trusted for this dry run", "Nothing was stored or run.");
    assertThat(knownHosts).doesNotExist();

    trustHostKey();
    assertThat(OpenSshServer.run(OpenSshServer.SSH_KEYGEN.toString(), "-F", "[127.0.0.1]:" + sshd.port(), "-f",
        knownHosts.toString())).contains(Files.readString(Path.of(hostKey + ".pub")).split(" ")[1]);
    Cli.Result again = onboard("sshbox", "--profile", "debian-db", "--dry-run");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("new:");
  }

  @Test
  void acceptsAHashedKnownHostsEntry() throws Exception {
    trustHostKey();
    OpenSshServer.run(OpenSshServer.SSH_KEYGEN.toString(), "-H", "-f", knownHosts.toString());
    assertThat(Files.readString(knownHosts)).startsWith("|1|").doesNotContain("127.0.0.1");
    Cli.Result r = onboard("sshbox", "--profile", "debian-db", "--dry-run");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("OS: ", "Nothing was stored or run.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rsa", "ecdsa"})
  void logsInWithRsaAndEcdsaKeys(String type) throws Exception {
    trustHostKey();
    Path key = OpenSshServer.keygen(tmp.resolve("client_" + type), type, "");
    Files.writeString(authorizedKeys, Files.readString(Path.of(key + ".pub")));
    Cli.Result r = run("onboard", "sshbox", "--provider", "ssh", "--profile", "debian-db", "--host", "127.0.0.1",
        "--port", String.valueOf(sshd.port()), "--user", user(), "--identity", key.toString(),
        "--known-hosts", knownHosts.toString(), "--dry-run");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aPassphraseProtectedKeyNeedsLabSshPassphrase() throws Exception {
    trustHostKey();
    Path key = OpenSshServer.keygen(tmp.resolve("protected_key"), "ed25519", "correct horse");
    Files.writeString(authorizedKeys, Files.readString(Path.of(key + ".pub")));
    String[] args = {"onboard", "sshbox", "--provider", "ssh", "--profile", "debian-db", "--host", "127.0.0.1",
        "--port", String.valueOf(sshd.port()), "--user", user(), "--identity", key.toString(),
        "--known-hosts", knownHosts.toString(), "--dry-run", "--lab", lab.toString()};
    Cli.Result none = Cli.runWithEnv(Map.of("HOME", tmp.resolve("home").toString()), args);
    assertThat(none.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(none.err()).contains("is passphrase-protected", "LAB_SSH_PASSPHRASE");
    Cli.Result wrong = Cli.runWithEnv(Map.of("LAB_SSH_PASSPHRASE", "wrong"), args);
    assertThat(wrong.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(wrong.err()).contains("cannot be decrypted");
    Cli.Result right = Cli.runWithEnv(Map.of("LAB_SSH_PASSPHRASE", "correct horse"), args);
    assertThat(right.code()).as(right.err()).isZero();
  }

  @Test
  void refusesANetworkInstallOfAServerThatCannotNetworkBoot() throws Exception {
    Files.writeString(lab.resolve("servers/mac1.yaml"), """
        apiVersion: lab.dev/v1
        kind: Server
        arch: aarch64
        boot: ssh
        sshAddress: 192.0.2.50
        nics:
          - name: end0
            mac: 52:54:00:aa:bb:01
        """);
    Cli.Result valid = Cli.run("validate", "--lab", lab.toString());
    assertThat(valid.code()).as(valid.out() + valid.err()).isZero();
    Cli.Result r = Cli.run("onboard", "mac1", "--profile", "debian-db", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("servers/mac1.yaml", "cannot network-boot", "Apple Silicon",
        "lab onboard mac1 --provider ssh");
  }

  private void trustHostKey() throws IOException {
    Files.createDirectories(knownHosts.getParent());
    String key = Files.readString(Path.of(hostKey + ".pub")).strip();
    Files.writeString(knownHosts, "[127.0.0.1]:" + sshd.port() + " " + key + "\n");
  }

  private Cli.Result onboard(String name, String... more) {
    List<String> args = new ArrayList<>(List.of("onboard", name, "--provider", "ssh", "--host", "127.0.0.1",
        "--port", String.valueOf(sshd.port()), "--user", user(), "--identity", clientKey.toString(),
        "--known-hosts", knownHosts.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--lab", lab.toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  private static String user() {
    return System.getProperty("user.name");
  }

  private List<JsonNode> timeline(String server) throws IOException {
    Cli.Result r = Cli.run("status", server, "-o", "json", "--lab", lab.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\\R")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    return events;
  }

  private List<String> timelineTypes(String server) throws IOException {
    Cli.Result r = Cli.run("status", server, "-o", "json", "--lab", lab.toString());
    List<String> types = new ArrayList<>();
    for (String line : r.out().split("\\R")) {
      if (line.startsWith("{")) {
        types.add(JSON.readTree(line).path("type").asText());
      }
    }
    return types;
  }

  private static JsonNode event(List<JsonNode> timeline, String type) {
    return timeline.stream().filter(e -> e.path("type").asText().equals(type)).findFirst().orElseThrow();
  }

  private static long memTotalBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IllegalStateException("no MemTotal in /proc/meminfo");
  }

  private static int cpuinfoProcessors() throws IOException {
    return (int) Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.matches("processor\\s*:.*")).count();
  }

  private static String aHostMac() throws IOException {
    try (var nics = Files.list(Path.of("/sys/class/net"))) {
      for (Path nic : nics.sorted().toList()) {
        Path address = nic.resolve("address");
        if (!nic.getFileName().toString().equals("lo") && Files.isReadable(address)) {
          String mac = Files.readString(address).strip().toLowerCase(Locale.ROOT);
          if (mac.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}") && !mac.equals("00:00:00:00:00:00")) {
            return mac;
          }
        }
      }
    }
    throw new IllegalStateException("this host has no NIC with a MAC");
  }

  private static Map<String, String> osRelease() throws IOException {
    Map<String, String> values = new java.util.HashMap<>();
    for (String line : Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1).replace("\"", ""));
      }
    }
    return values;
  }
}
