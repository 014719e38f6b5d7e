package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lab.core.facts.Facts;
import dev.lab.core.facts.FactsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent program's shell files: they parse as POSIX sh, never evaluate plan values, and carry
 * hostile plan values through to files and fields byte for byte (run with the host's sh and jq).
 */
class AgentScriptsTest {
  private static final List<String> SCRIPTS = List.of("init", "agent.sh", "actions.sh", "discover.sh", "udhcpc.script");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"init", "agent.sh", "actions.sh", "discover.sh", "udhcpc.script"})
  void parsesAsPosixShell(String name) throws Exception {
    Path f = tmp.resolve(name);
    Files.write(f, AgentBuilder.agentFile(name));
    Result r = run(List.of("sh", "-n", f.toString()), Map.of());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void noScriptEvaluatesText() {
    for (String name : SCRIPTS) {
      String text = new String(AgentBuilder.agentFile(name), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String code = line.strip();
        if (code.startsWith("#")) {
          continue;
        }
        assertThat(code).as(name).doesNotContainPattern("(^|[;&|( ])eval ").doesNotContain("sh -c");
      }
    }
  }

  static Stream<Arguments> hostileValues() {
    Random random = new Random(0x1AB5EED);
    String alphabet = "ab \t\n$`\"'\\;|&(){}<>*?[]~#!%=-_./:é日\u2028";
    return IntStream.range(0, 60).mapToObj(i -> {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return Arguments.of(sb.toString());
    });
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void writeFileAndFieldsCarryHostileValuesVerbatim(String value) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq is needed (see .ci/run)");
    ObjectNode plan = JSON.createObjectNode();
    plan.put("version", 1).put("events", "http://lab/events");
    plan.putArray("actions").addObject().put("id", "file").put("type", "write-file").put("path", "/etc/motd")
        .put("mode", "0640").put("content", value).put("label", value);
    Path work = Files.createDirectories(tmp.resolve("work"));
    Path target = Files.createDirectories(tmp.resolve("target"));
    Files.writeString(work.resolve("plan.json"), JSON.writeValueAsString(plan));
    Path actions = tmp.resolve("actions.sh");
    Files.write(actions, AgentBuilder.agentFile("actions.sh"));
    String script = ". \"$ACTIONS\"; TARGET=\"$T\"; A=0; load_fields && f label && act_write_file";
    Result r = run(List.of("sh", "-c", script), Map.of("ACTIONS", actions.toString(), "T", target.toString(),
        "WORK", work.toString(), "PLAN", work.resolve("plan.json").toString(), "JQ", "/usr/bin/jq"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(value);
    assertThat(Files.readString(target.resolve("etc/motd"), StandardCharsets.UTF_8)).isEqualTo(value);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("etc/motd")))).isEqualTo("rw-r-----");
  }

  @Test
  void aPathLeavingTheTargetIsRefused() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq is needed (see .ci/run)");
    ObjectNode plan = JSON.createObjectNode();
    plan.putArray("actions").addObject().put("id", "file").put("type", "write-file").put("path", "/etc/../../escape")
        .put("content", "x");
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("plan.json"), JSON.writeValueAsString(plan));
    Path actions = tmp.resolve("actions.sh");
    Files.write(actions, AgentBuilder.agentFile("actions.sh"));
    Result r = run(List.of("sh", "-c", ". \"$ACTIONS\"; TARGET=\"$T\"; A=0; load_fields && act_write_file"),
        Map.of("ACTIONS", actions.toString(), "T", tmp.resolve("target").toString(), "WORK", work.toString(),
            "PLAN", work.resolve("plan.json").toString(), "JQ", "/usr/bin/jq"));
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).isEqualTo("not an absolute path inside the target: '/etc/../../escape'\n");
    assertThat(tmp.resolve("escape")).doesNotExist();
  }

  @Test
  void aChrootCommandRunsTheTargetsProgramByItsPathNotABusyboxApplet() throws Exception {
    Path target = tmp.resolve("target");
    Files.createDirectories(target.resolve("usr/bin"));
    Files.createDirectories(target.resolve("usr/sbin"));
    Path find = Files.writeString(target.resolve("usr/bin/find"), "#!/bin/sh\n");
    find.toFile().setExecutable(true);
    Files.createSymbolicLink(target.resolve("usr/sbin/grub-install"), Path.of("/etc/alternatives/grub-install"));
    Files.writeString(target.resolve("usr/sbin/notes"), "not executable\n");
    Path actions = tmp.resolve("actions.sh");
    Files.write(actions, AgentBuilder.agentFile("actions.sh"));
    Map<String, String> env = Map.of("ACTIONS", actions.toString(), "T", target.toString());
    String lookup = ". \"$ACTIONS\"; TARGET=\"$T\"; target_command \"$1\"";

    assertThat(run(List.of("sh", "-c", lookup, "sh", "find"), env).out()).isEqualTo("/usr/bin/find\n");
    assertThat(run(List.of("sh", "-c", lookup, "sh", "grub-install"), env).out()).isEqualTo("/usr/sbin/grub-install\n");
    assertThat(run(List.of("sh", "-c", lookup, "sh", "/bin/busybox"), env).out()).isEqualTo("/bin/busybox\n");
    Result missing = run(List.of("sh", "-c", lookup, "sh", "notes"), env);
    assertThat(missing.code()).isNotZero();
    assertThat(missing.err()).startsWith("the target has no program 'notes' in ");
  }

  /**
   * A fake machine as the agent's kernel shows it: a SATA disk whose model the kernel pads with
   * spaces, a virtio disk without model or serial, a NIC with and one without a driver, and DMI
   * either present (padded, with a control character) or absent. What facts() prints must pass
   * Lab's own facts validation, with unknown values as null.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void factsFromTheKernelsViewPassLabsValidation(boolean withDmi) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq is needed (see .ci/run)");
    Path sys = tmp.resolve("sys");
    Path proc = Files.createDirectories(tmp.resolve("proc"));
    Files.writeString(proc.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: QEMU Virtual CPU version 2.5+  \n"
        + "physical id\t: 0\ncpu cores\t: 2\n\nprocessor\t: 1\nphysical id\t: 0\n");
    Files.writeString(proc.resolve("meminfo"), "MemTotal:        2030000 kB\nMemFree:          100 kB\n");
    fakeFile(sys.resolve("block/sda/size"), "41943040\n");
    fakeFile(sys.resolve("block/sda/queue/rotational"), "1\n");
    fakeFile(sys.resolve("block/sda/device/model"), "QEMU HARDDISK   \n");
    fakeFile(sys.resolve("block/vda/size"), "2097152\n");
    fakeFile(sys.resolve("block/vda/queue/rotational"), "1\n");
    fakeFile(sys.resolve("block/vda/serial"), "");
    fakeFile(sys.resolve("block/loop0/size"), "0\n");
    Path drivers = Files.createDirectories(sys.resolve("bus/pci/drivers/e1000"));
    fakeFile(sys.resolve("class/net/ens3/address"), "52:54:00:ab:cd:ef\n");
    fakeFile(sys.resolve("class/net/ens3/carrier"), "1\n");
    fakeFile(sys.resolve("class/net/ens3/speed"), "1000\n");
    Files.createDirectories(sys.resolve("class/net/ens3/device"));
    Files.createSymbolicLink(sys.resolve("class/net/ens3/device/driver"), drivers);
    fakeFile(sys.resolve("class/net/ens4/address"), "52:54:00:00:00:02\n");
    fakeFile(sys.resolve("class/net/ens4/speed"), "-1\n");
    Files.createDirectories(sys.resolve("class/net/ens4/device"));
    fakeFile(sys.resolve("class/net/lo/address"), "00:00:00:00:00:00\n");
    if (withDmi) {
      fakeFile(sys.resolve("class/dmi/id/sys_vendor"), "  Lab\u0001QEMU  \n");
      fakeFile(sys.resolve("class/dmi/id/product_name"), "discovery\n");
      fakeFile(sys.resolve("class/dmi/id/product_serial"), "LAB-0001\n");
      fakeFile(sys.resolve("class/dmi/id/product_uuid"), "31feccd4-85a3-4787-871f-84b4be693f10\n");
    }
    Path work = Files.createDirectories(tmp.resolve("work"));
    Path actions = tmp.resolve("actions.sh");
    Files.write(actions, AgentBuilder.agentFile("actions.sh"));
    Path discover = tmp.resolve("discover.sh");
    Files.write(discover, AgentBuilder.agentFile("discover.sh"));
    String script = ". \"$ACTIONS\"; . \"$DISCOVER\"; arg() { [ \"$1\" = lab.mac ] && echo 52:54:00:AB:CD:EF; }; facts";
    Result r = run(List.of("sh", "-c", script), Map.of("ACTIONS", actions.toString(), "DISCOVER", discover.toString(),
        "SYSFS", sys.toString(), "PROCFS", proc.toString(), "WORK", work.toString(), "JQ", "/usr/bin/jq"));
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();

    Facts facts = FactsJson.read(r.out());
    assertThat(facts.mac()).isEqualTo("52:54:00:ab:cd:ef");
    assertThat(facts.firmware()).isEqualTo("bios");
    assertThat(facts.cpu()).isEqualTo(new Facts.Cpu("QEMU Virtual CPU version 2.5+", 1, 2, 2));
    assertThat(facts.memoryBytes()).isEqualTo(2030000L * 1024);
    assertThat(facts.disks()).extracting(Facts.Disk::name, Facts.Disk::sizeBytes, Facts.Disk::type,
        Facts.Disk::model, Facts.Disk::serial).containsExactly(
            org.assertj.core.groups.Tuple.tuple("sda", 41943040L * 512, "hdd", "QEMU HARDDISK", null),
            org.assertj.core.groups.Tuple.tuple("vda", 2097152L * 512, "virtio", null, null));
    assertThat(facts.nics()).containsExactly(new Facts.Nic("ens3", "52:54:00:ab:cd:ef", "e1000", 1000L, true),
        new Facts.Nic("ens4", "52:54:00:00:00:02", null, null, false));
    assertThat(facts.dmi()).isEqualTo(withDmi
        ? new Facts.Dmi("Lab QEMU", "discovery", "LAB-0001", "31feccd4-85a3-4787-871f-84b4be693f10")
        : new Facts.Dmi(null, null, null, null));
  }

  private static void fakeFile(Path file, String content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  record Result(int code, String out, String err) {
  }

  private Result run(List<String> argv, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(tmp.toFile());
    pb.environment().putAll(env);
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
