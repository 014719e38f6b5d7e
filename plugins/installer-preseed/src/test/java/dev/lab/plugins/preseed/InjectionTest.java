package dev.lab.plugins.preseed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile strings (the test kit's fixed seed) in every user-written field of a rich configuration:
 * each is either refused by validation for exactly that property, or renders to a preseed.cfg with
 * the same questions as the benign render, command questions of the same shell structure, and the
 * same kernel arguments.
 */
class InjectionTest {
  private static final List<String> HOSTILE = HostileStrings.generate(200);
  private static Outputs benign;

  /** A user-written field: where validation must blame it, and how to set it. */
  record Field(String property, BiConsumer<Spec, String> set, Set<String> alsoBlamed) {
    Field(String property, BiConsumer<Spec, String> set) {
      this(property, set, Set.of());
    }

    @Override
    public String toString() {
      return property;
    }
  }

  static Stream<Field> fields() {
    String vlan = "server.network.interfaces[3]";
    String disk = "profile.disk";
    String lv = disk + ".volumeGroups[0].logicalVolumes[0]";
    String var = disk + ".volumeGroups[0].logicalVolumes[1]";
    String arch = "image.architectures.x86_64";
    return Stream.of(
        new Field("server.hostname", (s, v) -> s.hostname = v),
        new Field("server.domain", (s, v) -> s.domain = v),
        new Field("server.labels[0]", (s, v) -> s.serverLabel = v),
        new Field("server.nics[0].mac", (s, v) -> s.mac0 = v),
        // A valid new name leaves the VLAN's parent dangling: that reference is blamed then.
        new Field("server.network.interfaces[2].name", (s, v) -> s.bondName = v, Set.of(vlan + ".parent")),
        new Field("server.network.interfaces[2].bondMode", (s, v) -> s.bondMode = v),
        new Field(vlan + ".parent", (s, v) -> s.vlanParent = v),
        new Field(vlan + ".addresses[0]", (s, v) -> s.address = v),
        new Field(vlan + ".gateway4", (s, v) -> s.gateway = v),
        new Field(vlan + ".routes[0].to", (s, v) -> s.routeTo = v),
        new Field(vlan + ".routes[0].via", (s, v) -> s.routeVia = v),
        new Field("server.network.nameservers[0]", (s, v) -> s.nameserver = v),
        new Field("server.network.searchDomains[0]", (s, v) -> s.searchDomain = v),
        new Field(disk + ".device", (s, v) -> s.device = v),
        new Field(disk + ".partitions[2].mount", (s, v) -> s.srvMount = v),
        new Field(disk + ".partitions[2].fstype", (s, v) -> s.srvFstype = v),
        new Field(disk + ".partitions[3].volumeGroup", (s, v) -> s.pvGroup = v,
            Set.of(disk + ".volumeGroups[0]")),
        new Field(disk + ".volumeGroups[0].name", (s, v) -> s.vgName = v,
            Set.of(disk + ".partitions[3].volumeGroup", disk + ".volumeGroups[0]")),
        new Field(lv + ".name", (s, v) -> s.lvName = v),
        new Field(var + ".mount", (s, v) -> s.varMount = v),
        new Field(var + ".fstype", (s, v) -> s.varFstype = v),
        new Field("profile.rootPasswordHash", (s, v) -> s.rootHash = v),
        new Field("profile.users[0].name", (s, v) -> s.user0 = v),
        new Field("profile.users[0].fullName", (s, v) -> s.fullName0 = v),
        new Field("profile.users[0].passwordHash", (s, v) -> s.hash0 = v),
        new Field("profile.users[0].groups[0]", (s, v) -> s.group0 = v),
        new Field("profile.users[0].sshKeys[0]", (s, v) -> s.key0 = v),
        new Field("profile.users[1].name", (s, v) -> s.user1 = v),
        new Field("profile.users[1].fullName", (s, v) -> s.fullName1 = v),
        new Field("profile.users[1].sshKeys[0]", (s, v) -> s.key1 = v),
        new Field("profile.users[1].sshKeys[0]", (s, v) -> s.key1 = Cases.KEY2 + v),
        new Field("profile.packages[0]", (s, v) -> s.packageName = v),
        new Field("profile.locale", (s, v) -> s.locale = v),
        new Field("profile.keyboard", (s, v) -> s.keyboard = v),
        new Field("profile.timezone", (s, v) -> s.timezone = v),
        new Field("profile.ntpServers[0]", (s, v) -> s.ntp = v),
        new Field("profile.labels[0]", (s, v) -> s.label = v),
        new Field("profile.kernelArgs[0].key", (s, v) -> s.argKey = v),
        new Field("profile.kernelArgs[0].value", (s, v) -> s.argValue = v),
        new Field("profile.serialConsole", (s, v) -> s.console = v),
        new Field("profile.enrollment.role", (s, v) -> s.role = v),
        new Field("profile.enrollment.environment", (s, v) -> s.environment = v),
        new Field("profile.options.tasks", (s, v) -> s.tasks = v),
        new Field(arch + ".kernel", (s, v) -> s.kernel = v),
        new Field(arch + ".initrds[0]", (s, v) -> s.initrd = v),
        new Field(arch + ".repository", (s, v) -> s.repository = v));
  }

  /** What the tests compare: the questions, the shapes of the command questions, the kernel arguments. */
  record Outputs(List<String> questions, Map<String, List<String>> commands, List<String> argKeys) {
    static Outputs of(InstallConfig config) {
      List<RenderedFile> files = Rendering.PLUGIN.generateAnswerFiles(config, Rendering.TEMPLATES);
      PreseedFile preseed = PreseedFile.parse(files.get(0).content());
      Map<String, List<String>> commands = new LinkedHashMap<>();
      for (String q : preseed.commandQuestions()) {
        commands.put(q, ShellShape.of(preseed.value(q)));
      }
      // The profile's own arguments come last; their names are data, so only their number counts.
      List<String> keys = new ArrayList<>();
      int own = config.profile().kernelArgs().size();
      for (Firmware fw : Firmware.values()) {
        List<KernelArg> args = Rendering.PLUGIN.preparePxe(new PxeConfig(config, fw)).kernelArgs();
        for (int i = 0; i < args.size(); i++) {
          keys.add(fw + ":" + (i < args.size() - own ? args.get(i).key() : "profile-argument"));
        }
      }
      return new Outputs(List.copyOf(preseed.answers().keySet()), commands, keys);
    }
  }

  @BeforeAll
  static void renderBenign() {
    InstallConfig config = new Spec().build();
    assertThat(Rendering.PLUGIN.validate(config)).isEmpty();
    benign = Outputs.of(config);
  }

  @ParameterizedTest
  @MethodSource("fields")
  void hostileValuesAreRefusedOrInert(Field field) {
    int refused = 0;
    for (String hostile : HOSTILE) {
      Spec spec = new Spec();
      field.set().accept(spec, hostile);
      InstallConfig config = spec.build();
      List<Problem> problems = Rendering.PLUGIN.validate(config);
      if (!problems.isEmpty()) {
        assertThat(problems).as("problems for %s = %s", field, printable(hostile))
            .anyMatch(p -> p.property().equals(field.property()) || field.alsoBlamed().contains(p.property()));
        refused++;
        continue;
      }
      Outputs out = Outputs.of(config);
      assertThat(out.questions()).as("questions with %s = %s", field, printable(hostile))
          .isEqualTo(benign.questions());
      assertThat(out.commands()).as("command shapes with %s = %s", field, printable(hostile))
          .isEqualTo(benign.commands());
      assertThat(out.argKeys()).as("kernel arguments with %s = %s", field, printable(hostile))
          .isEqualTo(benign.argKeys());
    }
    assertThat(refused).as("hostile values refused for %s", field).isPositive();
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("freeText")
  void shellMetacharactersInFreeTextStayQuotedWords(String text) {
    Spec spec = new Spec();
    spec.fullName1 = text;
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      spec.key1 = Cases.KEY2 + " " + text;
    }
    InstallConfig config = spec.build();
    assertThat(Rendering.PLUGIN.validate(config)).isEmpty();
    Outputs out = Outputs.of(config);
    assertThat(out).isEqualTo(benign);
    String late = PreseedFile.parse(Rendering.preseed(config)).value("preseed/late_command");
    assertThat(late).contains("--comment " + dev.lab.api.Escape.shell(text) + " ");
  }

  static Stream<String> freeText() {
    return Stream.of("O'Brien $(reboot)", "`id` ; rm -rf / #", "\"$HOME\" || false | cat > /x; exit",
        "d-i preseed/late_command string reboot", "\u00e9l\u00e8ve \u4e2d\ud83d\ude00");
  }
}
