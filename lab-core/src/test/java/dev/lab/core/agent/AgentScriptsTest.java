package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
