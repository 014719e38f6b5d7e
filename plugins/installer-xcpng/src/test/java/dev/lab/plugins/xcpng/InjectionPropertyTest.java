package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string a user writes that reaches an XCP-ng output, fed with the test kit's 200 seeded hostile
 * strings: each case is either refused by {@code validate} for that very property, or renders an
 * answer file with exactly the benign render's elements and attributes, scripts with the same shell
 * structure (no new command, redirection, substitution or line) and the same boot files and
 * number of boot arguments.
 */
class InjectionPropertyTest {
  private static final XcpngPlugin PLUGIN = new XcpngPlugin();
  private static final List<String> HOSTILE = HostileStrings.generate(200);
  private static final Map<String, int[]> OUTCOMES = new LinkedHashMap<>();

  /** A user field: the property path it is refused under, and how to set it. */
  record Field(String path, BiConsumer<TestConfig, String> set) {
    @Override
    public String toString() {
      return path;
    }
  }

  /** The benign configuration: every fuzzed field set, a static management interface. */
  static TestConfig base() {
    TestConfig c = new TestConfig();
    c.serverNetwork = network("eth0", "52:54:00:00:00:01", "192.0.2.10/24", "192.0.2.1", "192.0.2.53", null);
    c.ntpServers = List.of("pool.ntp.org");
    c.serialConsole = "ttyS0,115200";
    c.kernelArgs = List.of(KernelArg.of("extramodules", "e1000e"));
    c.packageRepository = "https://mirror.lab.example/openvox";
    c.option(XcpngOptions.MODE, "fresh").option(XcpngOptions.SR_TYPE, "lvm")
        .option(XcpngOptions.PRIMARY_DISK, "sdb").option(XcpngOptions.GUEST_DISKS, "sdc")
        .option(XcpngOptions.SR_ON_PRIMARY, "true").option(XcpngOptions.ADMIN_INTERFACE_BY, "mac")
        .option(XcpngOptions.NTP, "manual").option(XcpngOptions.NETWORK_BACKEND, "openvswitch")
        .option(XcpngOptions.DOM0_MEM, "max:8192M").option(XcpngOptions.DOM0_MAX_VCPUS, "1-16");
    return c;
  }

  static Network network(String name, String mac, String cidr, String gateway, String ns, String search) {
    return new Network(List.of(new NetInterface(name, InterfaceKind.ETHERNET, mac, List.of(), null, null, null,
        false, List.of(cidr), gateway, null, List.of())), List.of(ns), search == null ? List.of() : List.of(search));
  }

  static Stream<Field> fields() {
    List<Field> f = new ArrayList<>(List.of(
        new Field("server.hostname", (c, v) -> c.hostname = v),
        new Field("server.domain", (c, v) -> c.domain = v),
        new Field("server.labels[0]", (c, v) -> c.serverLabels = List.of(v)),
        new Field("server.network.interfaces[0].name",
            (c, v) -> c.serverNetwork = network(v, "52:54:00:00:00:01", "192.0.2.10/24", "192.0.2.1", "192.0.2.53", null)),
        new Field("server.network.interfaces[0].mac",
            (c, v) -> c.serverNetwork = network("eth0", v, "192.0.2.10/24", "192.0.2.1", "192.0.2.53", null)),
        new Field("server.network.interfaces[0].addresses[0]",
            (c, v) -> c.serverNetwork = network("eth0", "52:54:00:00:00:01", v, "192.0.2.1", "192.0.2.53", null)),
        new Field("server.network.interfaces[0].gateway4",
            (c, v) -> c.serverNetwork = network("eth0", "52:54:00:00:00:01", "192.0.2.10/24", v, "192.0.2.53", null)),
        new Field("server.network.nameservers[0]",
            (c, v) -> c.serverNetwork = network("eth0", "52:54:00:00:00:01", "192.0.2.10/24", "192.0.2.1", v, null)),
        new Field("server.network.searchDomains",
            (c, v) -> c.serverNetwork = network("eth0", "52:54:00:00:00:01", "192.0.2.10/24", "192.0.2.1", "192.0.2.53", v)),
        new Field("profile.disk.device", (c, v) -> c.device = v),
        new Field("profile.rootPasswordHash", (c, v) -> c.rootPasswordHash = v),
        new Field("profile.keyboard", (c, v) -> c.keyboard = v),
        new Field("profile.timezone", (c, v) -> c.timezone = v),
        new Field("profile.ntpServers[0]", (c, v) -> c.ntpServers = List.of(v)),
        new Field("profile.labels[0]", (c, v) -> c.labels = List.of(v)),
        new Field("profile.kernelArgs[0].key", (c, v) -> c.kernelArgs = List.of(KernelArg.of(v, "e1000e"))),
        new Field("profile.kernelArgs[0].value", (c, v) -> c.kernelArgs = List.of(KernelArg.of("extramodules", v))),
        new Field("profile.serialConsole", (c, v) -> c.serialConsole = v),
        new Field("profile.enrollment.role",
            (c, v) -> c.enrollment = new dev.lab.api.model.Enrollment(v, "production", true)),
        new Field("profile.enrollment.environment",
            (c, v) -> c.enrollment = new dev.lab.api.model.Enrollment("xen_host", v, true)),
        new Field("image.version", (c, v) -> c.version = v),
        new Field("image.architectures.x86_64.repository", (c, v) -> c.repository = v),
        new Field("image.architectures.x86_64.hypervisor", (c, v) -> c.hypervisor = v),
        new Field("image.architectures.x86_64.kernel", (c, v) -> c.kernel = v),
        new Field("image.architectures.x86_64.installImage", (c, v) -> c.installImage = v),
        new Field("enrollment.puppetServer", (c, v) -> c.puppetServer = v),
        new Field("enrollment.packageRepository", (c, v) -> c.packageRepository = v)));
    for (String key : List.of(XcpngOptions.MODE, XcpngOptions.SR_TYPE, XcpngOptions.PRIMARY_DISK,
        XcpngOptions.GUEST_DISKS, XcpngOptions.SR_ON_PRIMARY, XcpngOptions.ADMIN_INTERFACE_BY, XcpngOptions.NTP,
        XcpngOptions.NETWORK_BACKEND, XcpngOptions.DOM0_MEM, XcpngOptions.DOM0_MAX_VCPUS)) {
      f.add(new Field(XcpngOptions.path(key), (c, v) -> c.options.put(key, v)));
    }
    return f.stream();
  }

  @ParameterizedTest
  @MethodSource("fields")
  void everyHostileValueIsRefusedOrInert(Field field) {
    Rendered benign = Rendered.of(base().build());
    int[] outcome = OUTCOMES.computeIfAbsent(field.path(), k -> new int[2]);
    for (String hostile : HOSTILE) {
      TestConfig c = base();
      field.set().accept(c, hostile);
      InstallConfig config = c.build();
      List<Problem> problems = PLUGIN.validate(config);
      String what = field.path() + " = " + Values.show(hostile);
      if (!problems.isEmpty()) {
        assertThat(problems).as(what).allSatisfy(p -> assertThat(p.property()).startsWith(field.path()));
        outcome[0]++;
        continue;
      }
      Rendered r = Rendered.of(config);
      assertThat(XmlStructure.of(r.answerFile)).as("answer file structure, %s", what)
          .isEqualTo(XmlStructure.of(benign.answerFile));
      assertThat(r.scripts.keySet()).as(what).isEqualTo(benign.scripts.keySet());
      r.scripts.forEach((name, text) -> assertThat(ShellStructure.of(text)).as("%s structure, %s", name, what)
          .isEqualTo(ShellStructure.of(benign.scripts.get(name))));
      assertThat(r.boot).as("boot arguments, %s", what).isEqualTo(benign.boot);
      outcome[1]++;
    }
  }

  @AfterAll
  static void everyFieldWasExercised() {
    // A field whose every value is refused, or none, would make the property above vacuous for it.
    assertThat(OUTCOMES).allSatisfy((path, counts) -> assertThat(counts[0] + counts[1]).as(path).isEqualTo(200));
    assertThat(OUTCOMES.values().stream().mapToInt(o -> o[0]).sum()).isPositive();
    assertThat(OUTCOMES.values().stream().mapToInt(o -> o[1]).sum()).isPositive();
  }

  /** What one configuration renders: the answer file, the scripts, the boot files and arguments' shapes. */
  record Rendered(String answerFile, Map<String, String> scripts, List<String> boot) {
    static Rendered of(InstallConfig config) {
      String xml = null;
      Map<String, String> scripts = new LinkedHashMap<>();
      for (RenderedFile f : PLUGIN.generateAnswerFiles(config, GoldenCases.TEMPLATES)) {
        if (f.name().equals(XcpngPlugin.ANSWER_FILE)) {
          xml = f.content();
        } else {
          scripts.put(f.name(), f.content());
        }
      }
      scripts.put("enrollment", PLUGIN.generateEnrollmentScript(config.enrollment(), GoldenCases.TEMPLATES).content());
      return new Rendered(xml, scripts, bootKeys(PLUGIN.preparePxe(new PxeConfig(config, Firmware.BIOS))));
    }

    private static List<String> bootKeys(BootSpec spec) {
      List<String> keys = new ArrayList<>();
      keys.add(spec.kernel().name());
      spec.kernelArgs().forEach(a -> keys.add(key(a)));
      for (BootModule m : spec.modules()) {
        keys.add(m.file().name());
        m.args().forEach(a -> keys.add(key(a)));
      }
      return keys;
    }

    /** The argument's shape: a value never turns into further arguments, whatever it holds. */
    private static String key(KernelArg a) {
      return a.value() == null ? "flag" : "key=value";
    }
  }
}
