package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.facts.FactsJson;
import dev.lab.core.state.JdbcStateStore;
import dev.lab.core.state.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lab rules}, {@code lab servers} and {@code lab status} over an example lab with two discovered machines. */
class RulesCliTest {
  @TempDir
  Path dir;
  Path lab;

  @BeforeEach
  void init() throws Exception {
    lab = dir.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
    try (JdbcStateStore store = JdbcStateStore.embedded(lab.resolve("state"))) {
      store.discovery().report(FactsJson.read("""
          {"mac": "52:54:00:aa:00:01", "architecture": "aarch64", "firmware": "uefi",
           "cpu": {"model": "Ampere Altra", "sockets": 1, "cores": 80, "threads": 80}, "memoryBytes": 274877906944,
           "disks": [{"name": "nvme0n1", "path": "/dev/nvme0n1", "sizeBytes": 1920000000000, "type": "nvme"}],
           "nics": [{"name": "enp1s0", "mac": "52:54:00:aa:00:01", "speedMbps": 25000, "link": true}],
           "dmi": {"vendor": "Ampere", "product": "Mt.Collins", "serial": "AMP-1"}}
          """), Tokens.hash(Tokens.generate()), Instant.parse("2026-11-22T10:00:00Z"));
      store.discovery().report(FactsJson.read("""
          {"mac": "52:54:00:aa:00:02", "architecture": "x86_64", "firmware": "bios",
           "cpu": {"cores": 4, "threads": 8}, "memoryBytes": 8589934592}
          """), Tokens.hash(Tokens.generate()), Instant.parse("2026-11-22T10:00:01Z"));
    }
  }

  @Test
  void previewShowsEveryMachineAndEveryRuleWithVerdicts() {
    Cli.Result r = Cli.run("rules", "preview", "--lab", lab.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("web01 (inventory)", "mac-525400aa0001 (discovered)",
        "  match    arm-to-ubuntu (priority 0): pass arch aarch64 == aarch64",
        "fail arch x86_64 != aarch64", "fail cores 4 < 40");
  }

  @Test
  void previewAsJson() {
    Cli.Result r = Cli.run("rules", "preview", "--lab", lab.toString(), "-o", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"machine\" : \"mac-525400aa0001\"", "\"ties\" : [ ]");
  }

  @Test
  void dryRunWritesNothingApplyOnboardsAndApplyingAgainChangesNothing() throws Exception {
    Cli.Result dry = Cli.run("rules", "dry-run", "--lab", lab.toString());
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("onboard        mac-525400aa0001 -> mac-525400aa0001  rule arm-to-ubuntu, "
        + "profile k8s-worker, labels [arm, k8s-worker]", "no-match       mac-525400aa0002  no rule matches");
    assertThat(Cli.run("servers", "list", "--lab", lab.toString()).out())
        .containsPattern("mac-525400aa0001 +discovered +discovered");

    Cli.Result apply = Cli.run("rules", "apply", "--lab", lab.toString());
    assertThat(apply.code()).as(apply.err() + apply.out()).isZero();
    assertThat(apply.out()).startsWith("applied\n").contains("onboard        mac-525400aa0001");
    assertThat(Cli.run("servers", "list", "--lab", lab.toString()).out())
        .containsPattern("mac-525400aa0001 +discovered +approved +k8s-worker +aarch64 +52:54:00:aa:00:01");

    Cli.Result again = Cli.run("rules", "apply", "--lab", lab.toString());
    assertThat(again.out()).doesNotContain("onboard  ").contains("1 pending machines: onboard 0, no-match 1");
    Cli.Result status = Cli.run("status", "--lab", lab.toString());
    assertThat(status.out()).containsPattern("mac-525400aa0001 +approved +k8s-worker")
        .containsPattern("mac-525400aa0002 +discovered");
    assertThat(Cli.run("status", "mac-525400aa0001", "--lab", lab.toString()).out()).contains("rule-applied");
  }

  @Test
  void serversShowPrintsADiscoveredMachinesFacts() {
    Cli.Result r = Cli.run("servers", "show", "mac-525400aa0001", "--lab", lab.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("kind: discovered", "state: discovered", "cpu: Ampere Altra, 1 sockets, 80 cores",
        "disk: nvme0n1 nvme 1920000000000 bytes", "nic: enp1s0 52:54:00:aa:00:01", "25000 Mbit/s",
        "dmi: Ampere / Mt.Collins, serial AMP-1");
    Cli.Result json = Cli.run("servers", "show", "web01", "--lab", lab.toString(), "-o", "json");
    assertThat(json.out()).contains("\"kind\" : \"inventory\"", "\"provider\" : \"homelab\"");
  }

  @Test
  void serversShowOfAnUnknownNameIsInvalidInput() {
    Cli.Result r = Cli.run("servers", "show", "nope", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("no server or discovered machine named 'nope'");
  }

  @Test
  void helpListsTheNewCommands() throws Exception {
    assertThat(Cli.run("--help").out()).contains("rules", "servers");
    assertThat(Files.exists(lab.resolve("rules.yaml"))).isTrue();
  }

  @Test
  void anOperatorOnboardsADiscoveredMachineByHandOnce() {
    Cli.Result dry = Cli.run("onboard", "mac-525400aa0002", "--profile", "debian-db", "--name", "db42", "--dry-run",
        "--lab", lab.toString());
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("Would approve db42: profile debian-db").contains("Nothing was stored.");
    assertThat(Cli.run("servers", "list", "--lab", lab.toString()).out()).doesNotContain("db42");

    Cli.Result method = Cli.run("onboard", "mac-525400aa0002", "--profile", "debian-db", "--method", "native",
        "--lab", lab.toString());
    assertThat(method.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(method.err()).contains("--method is not for a discovered machine");

    Cli.Result done = Cli.run("onboard", "mac-525400aa0002", "--profile", "debian-db", "--name", "db42",
        "--lab", lab.toString());
    assertThat(done.code()).as(done.err()).isZero();
    assertThat(done.out()).contains("Approved db42: profile debian-db");
    assertThat(Cli.run("status", "db42", "--lab", lab.toString()).out()).contains("operator-approved");

    Cli.Result again = Cli.run("onboard", "db42", "--profile", "debian-db", "--lab", lab.toString());
    assertThat(again.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(again.err()).contains("db42 is approved, not pending");
    Cli.Result name = Cli.run("onboard", "web01", "--name", "x1", "--lab", lab.toString());
    assertThat(name.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(name.err()).contains("--name is for a discovered machine");
  }
}
