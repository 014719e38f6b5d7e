package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.model.InstallConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every case's ks.cfg line by line and checks its structure, the way pykickstart would. */
class KickstartStructureTest {
  /** The commands of pykickstart's F41 and RHEL9 handlers. */
  static final Set<String> KNOWN_COMMANDS = Set.of("auth", "authconfig", "authselect", "autopart", "autostep",
      "bootloader", "btrfs", "cdrom", "clearpart", "cmdline", "device", "deviceprobe", "dmraid", "driverdisk",
      "module", "eula", "fcoe", "firewall", "firstboot", "graphical", "group", "halt", "harddrive", "hmc",
      "ignoredisk", "install", "iscsi", "iscsiname", "keyboard", "lang", "liveimg", "logging", "logvol",
      "mediacheck", "method", "mount", "multipath", "network", "nfs", "nvdimm", "timesource", "ostreecontainer",
      "ostreesetup", "part", "partition", "poweroff", "raid", "realm", "reboot", "repo", "reqpart", "rescue",
      "rhsm", "rootpw", "selinux", "services", "shutdown", "skipx", "snapshot", "sshpw", "sshkey", "text",
      "timezone", "updates", "url", "user", "vnc", "volgroup", "xconfig", "zerombr", "zfcp", "zipl");

  /** Commands that may repeat, with what must be unique among their lines (as pykickstart checks). */
  static final Map<String, Function<KickstartFile.Command, String>> REPEATABLE = Map.of(
      "network", c -> c.options().getOrDefault("device", "(no device)"),
      "user", c -> c.options().get("name"),
      "sshkey", c -> c.options().get("username"),
      "part", c -> c.positional().get(0),
      "volgroup", c -> c.positional().get(0),
      "logvol", c -> c.options().get("vgname") + "/" + c.options().get("name"),
      "timesource", c -> c.options().get("ntp-server"),
      "repo", c -> c.options().get("name"));

  static Stream<Arguments> cases() {
    return Cases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static KickstartFile kickstart(InstallConfig config) {
    return KickstartFile.parse(Rendering.render(config).get("ks.cfg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCommandIsKnownAndOnlyRepeatsWherePykickstartAllowsIt(String name, InstallConfig config) {
    KickstartFile ks = kickstart(config);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    for (KickstartFile.Command c : ks.commands()) {
      assertThat(KNOWN_COMMANDS).as("command on line %d", c.line()).contains(c.name());
      Function<KickstartFile.Command, String> key = REPEATABLE.get(c.name());
      if (key == null) {
        assertThat(counts.merge(c.name(), 1, Integer::sum)).as("%s appears once", c.name()).isEqualTo(1);
      } else {
        String k = c.name() + " " + key.apply(c);
        assertThat(keys.put(k, k)).as("%s is unique", k).isNull();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everySectionIsClosedAndScriptsLog(String name, InstallConfig config) {
    KickstartFile ks = kickstart(config);
    assertThat(ks.sections()).extracting(KickstartFile.Section::name)
        .containsSubsequence("%pre", "%pre-install", "%post", "%onerror");
    for (KickstartFile.Section s : ks.sections()) {
      if (!s.name().equals("%packages") && !s.name().equals("%onerror")) {
        assertThat(s.header()).as("header of %s", s.name()).anyMatch(w -> w.startsWith("--log="));
      }
      assertThat(s.body()).as("body of %s", s.name()).noneMatch(l -> l.stripLeading().startsWith("%"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void installSourceAndPackagesFollowTheImage(String name, InstallConfig config) {
    KickstartFile ks = kickstart(config);
    if (config.image().bootc() != null) {
      assertThat(ks.commands("ostreecontainer")).singleElement()
          .satisfies(c -> assertThat(c.options()).containsEntry("url", config.image().bootc().url()));
      assertThat(ks.commands("url")).isEmpty();
      assertThat(ks.sections("%packages")).isEmpty();
    } else {
      assertThat(ks.commands("url")).singleElement()
          .satisfies(c -> assertThat(c.options().get("url")).startsWith(config.artifacts().repository()));
      assertThat(ks.sections("%packages")).singleElement()
          .satisfies(s -> assertThat(s.body()).containsAll(config.profile().packages()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void progressIsReportedAndTheLastStepTellsLabTheInstallIsDone(String name, InstallConfig config) {
    KickstartFile ks = kickstart(config);
    String pre = String.join("\n", ks.sections("%pre").get(0).body());
    String post = String.join("\n", ks.sections("%post").get(0).body());
    String onerror = String.join("\n", ks.sections("%onerror").get(0).body());
    assertThat(pre).contains("LAB_EVENTS=" + config.urls().events(), "lab_event install-started");
    assertThat(onerror).contains("lab_event install-failed");
    assertThat(post).contains("lab_event install-progress");
    int done = post.lastIndexOf(config.urls().done());
    assertThat(done).isPositive();
    if (config.enrollment() != null) {
      int enroll = post.indexOf(config.urls().file("enroll.sh"));
      assertThat(enroll).isPositive().isLessThan(done);
    } else {
      assertThat(post).doesNotContain("enroll.sh");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theInstalledSystemGetsTheConsoleAndProfileKernelArguments(String name, InstallConfig config) {
    KickstartFile.Command bootloader = kickstart(config).commands("bootloader").get(0);
    List<String> expected = KernelArgs.ofProfile(config.profile()).stream().map(Object::toString).toList();
    String append = bootloader.options().get("append");
    assertThat(append == null ? List.<String>of() : List.of(append.split(" "))).isEqualTo(expected);
  }

  @Test
  void theReaderRejectsAnUnclosedSection() {
    assertThatThrownBy(() -> KickstartFile.parse("text\n%post\necho hi\n%packages\nvim\n%end\n"))
        .hasMessageContaining("not closed by %end");
    assertThatThrownBy(() -> KickstartFile.parse("text\n%post\necho hi\n"))
        .hasMessageContaining("does not end with %end");
    assertThatThrownBy(() -> KickstartFile.parse("%end\n")).hasMessageContaining("outside a section");
    assertThatThrownBy(() -> KickstartFile.parse("%bogus\n%end\n")).hasMessageContaining("unknown section");
  }

  @Test
  void theReaderSplitsWordsLikePykickstart() {
    assertThat(ShellWords.split("user --gecos='Jane '\"'\"'Doe' --name=jd # comment"))
        .containsExactly("user", "--gecos=Jane 'Doe", "--name=jd");
    assertThat(ShellWords.split("a\\ b \"c \\\" d\" e#f")).containsExactly("a b", "c \" d", "e");
  }
}
