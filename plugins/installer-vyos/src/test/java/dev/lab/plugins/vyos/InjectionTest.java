package dev.lab.plugins.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.plugins.vyos.config.ConfigNode;
import dev.lab.plugins.vyos.config.ConfigParser;
import dev.lab.plugins.vyos.config.ConfigTreesForTests;
import dev.lab.testkit.HostileStrings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user-controlled string (one parameterized case per field), fed with each of {@link
 * HostileStrings#generate(int) 200 hostile strings}: either {@code validate} refuses it with a problem naming that property, or the rendered
 * {@code config.boot} parses into a tree of exactly the benign render's shape, the scripts keep
 * their lines (only lines holding the benign value change), the config initrd holds the same files
 * and the boot spec the same number of arguments.
 */
class InjectionTest {
  private static final List<String> HOSTILE = HostileStrings.generate(200);
  private static final VyosPlugin PLUGIN = new VyosPlugin();
  private static final Templates TEMPLATES = GoldenFilesTest.templates();
  private static final Rendered BENIGN = Rendered.of(new ConfigSpec().build());
  private static final List<String> BENIGN_SHAPE = ConfigTreesForTests.shape(ConfigParser.parse(BENIGN.configBoot()));
  private static final Set<String> BENIGN_ENTRIES = LiveConfigArchiveTest.entries(BENIGN.archive()).keySet();

  /** One user-controlled field: its property path, its benign value, and how to set it. */
  record Field(String property, String benign, BiConsumer<ConfigSpec, String> set) {
    @Override
    public String toString() {
      return property;
    }
  }

  static List<Field> fields() {
    String net = "server.network.";
    return List.of(
        new Field("server.hostname", "rtr02", (s, v) -> s.hostname = v),
        new Field("server.domain", "lab.example", (s, v) -> s.domain = v),
        new Field("server.labels[0]", "rack1", (s, v) -> s.serverLabels = List.of(v)),
        new Field("profile.labels[0]", "edge", (s, v) -> s.labels = List.of(v)),
        new Field("profile.users[0].name", "ops", (s, v) -> s.userName = v),
        new Field("profile.users[0].fullName", "Network Operations", (s, v) -> s.fullName = v),
        new Field("profile.users[0].passwordHash", VyosFixtures.SHA512, (s, v) -> s.hash = v),
        new Field("profile.users[0].groups", "-", (s, v) -> s.groups = List.of(v)),
        new Field("profile.users[0].sshKeys[0]", VyosFixtures.ALICE_KEY, (s, v) -> s.key = v),
        new Field("profile.users[0].sshKeys[0]", "alice@laptop",
            (s, v) -> s.key = VyosFixtures.ALICE_KEY.replace("alice@laptop", v)),
        new Field("profile.timezone", "Europe/Paris", (s, v) -> s.timezone = v),
        new Field("profile.ntpServers[0]", "ntp1.lab.example", (s, v) -> s.ntp = List.of(v)),
        new Field("profile.locale", "en_US.UTF-8", (s, v) -> s.locale = v),
        new Field("profile.keyboard", "fr", (s, v) -> s.keyboard = v),
        new Field("profile.serialConsole", "ttyS0,115200", (s, v) -> s.serial = v),
        new Field("profile.packages", "-", (s, v) -> s.packages = List.of(v)),
        new Field("profile.kernelArgs[1].key", "loglevel", (s, v) -> s.argKey = v),
        new Field("profile.kernelArgs[1].value", "7", (s, v) -> s.argValue = v),
        new Field("profile.options.vyos.ssh.port", "2222", (s, v) -> s.sshPort = v),
        new Field("profile.enrollment.role", "router", (s, v) -> s.role = v),
        new Field("profile.enrollment.environment", "production", (s, v) -> s.environment = v),
        new Field(net + "interfaces[0].name", "eth0", (s, v) -> s.eth0 = v),
        new Field(net + "interfaces[0].mac", VyosFixtures.MAC0, (s, v) -> s.mac0 = v),
        new Field(net + "interfaces[0].addresses[0]", "192.0.2.10/24", (s, v) -> s.address = v),
        new Field(net + "interfaces[0].gateway4", "192.0.2.1", (s, v) -> s.gateway = v),
        new Field(net + "interfaces[0].routes[0].to", "10.20.0.0/16", (s, v) -> s.routeTo = v),
        new Field(net + "interfaces[0].routes[0].via", "192.0.2.254", (s, v) -> s.routeVia = v),
        new Field(net + "interfaces[3].bondMode", "802.3ad", (s, v) -> s.bondMode = v),
        new Field(net + "interfaces[3].members[1]", "eth2", (s, v) -> s.member = v),
        new Field(net + "interfaces[4].parent", "bond0", (s, v) -> s.vlanParent = v),
        new Field(net + "nameservers[0]", "192.0.2.53", (s, v) -> s.nameserver = v),
        new Field(net + "searchDomains[0]", "lab.example", (s, v) -> s.search = v),
        new Field("image.version", "1.4.0", (s, v) -> s.version = v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void hostileValuesAreRefusedOrInert(Field field) {
    for (int i = 0; i < HOSTILE.size(); i++) {
      check(field, i, HOSTILE.get(i));
    }
  }

  private static void check(Field field, int index, String hostile) {
    String as = field.property() + " <- hostile string #" + index;
    ConfigSpec spec = new ConfigSpec();
    field.set().accept(spec, hostile);
    InstallConfig config = spec.build();
    List<Problem> problems = PLUGIN.validate(config);
    if (!problems.isEmpty()) {
      assertThat(problems).as("problems for %s", as).extracting(Problem::property).contains(field.property());
      return;
    }
    Rendered rendered = Rendered.of(config);
    assertThat(ConfigTreesForTests.shape(ConfigParser.parse(rendered.configBoot())))
        .as("config.boot nodes for %s", as).isEqualTo(BENIGN_SHAPE);
    assertSameLines(as, rendered.script(), BENIGN.script(), field.benign());
    assertThat(LiveConfigArchiveTest.entries(rendered.archive()).keySet()).as("initrd files for %s", as)
        .isEqualTo(BENIGN_ENTRIES);
    assertThat(rendered.kernelArgs()).as("kernel arguments for %s", as).hasSameSizeAs(BENIGN.kernelArgs());
  }

  @Test
  void hostileFullNamesThatPassValidationArriveVerbatim() {
    int accepted = 0;
    for (String hostile : HOSTILE) {
      ConfigSpec spec = new ConfigSpec();
      spec.fullName = hostile;
      InstallConfig config = spec.build();
      if (PLUGIN.validate(config).isEmpty()) {
        accepted++;
        ConfigNode parsed = ConfigParser.parse(Rendered.of(config).configBoot());
        assertThat(parsed.at("system", "login", "user", "ops", "full-name").values()).containsExactly(hostile);
      }
    }
    assertThat(accepted).as("hostile full names accepted").isGreaterThan(40);
  }

  /** Lines may differ only where the benign script holds the benign value. */
  private static void assertSameLines(String as, String script, String benign, String benignValue) {
    List<String> lines = script.lines().toList();
    List<String> benignLines = benign.lines().toList();
    assertThat(lines).as("script lines for %s", as).hasSameSizeAs(benignLines);
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals(benignLines.get(i))) {
        assertThat(benignLines.get(i)).as("changed script line %d for %s", i + 1, as).contains(benignValue);
      }
    }
  }

  /** What one configuration renders to. */
  record Rendered(String configBoot, String script, String archive, List<KernelArg> kernelArgs) {
    static Rendered of(InstallConfig config) {
      Map<String, String> files = new HashMap<>();
      for (RenderedFile f : PLUGIN.generateAnswerFiles(config, TEMPLATES)) {
        files.put(f.name(), f.content());
      }
      return new Rendered(files.get("config.boot"), files.get(EnrollmentScript.NAME),
          files.get(LiveConfigArchive.NAME), PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)).kernelArgs());
    }
  }
}
