package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.testkit.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The rendered user-data parsed as YAML and checked for what subiquity and cloud-init need. */
class UserDataStructureTest {

  static Map<String, Object> autoinstall(InstallConfig config) {
    String text = files(config).get("user-data");
    assertThat(text).startsWith("#cloud-config\n");
    Map<String, Object> root = parse(text);
    assertThat(root).containsOnlyKeys("autoinstall");
    return map(root.get("autoinstall"));
  }

  static Map<String, String> files(InstallConfig config) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (RenderedFile f : new AutoinstallPlugin().generateAnswerFiles(config, GoldenFilesTest.templates())) {
      out.put(f.name(), f.content());
    }
    return out;
  }

  static Map<String, Object> parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return map(new Yaml(new SafeConstructor(options)).load(yaml));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<Object>) o;
  }

  static Stream<Scenarios.Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyCaseHasTheFramingSubiquityNeeds(Scenarios.Scenario scenario) {
    InstallConfig config = scenario.config();
    Map<String, Object> ai = autoinstall(config);
    assertThat(ai.get("version")).isEqualTo(1);
    assertThat(ai.get("shutdown")).isEqualTo("reboot");
    assertThat(map(map(ai.get("reporting")).get("lab"))).containsEntry("type", "webhook")
        .containsEntry("endpoint", config.urls().events());
    assertThat(map(ai.get("network")).get("version")).isEqualTo(2);
    assertThat(map(ai.get("ssh"))).containsEntry("install-server", true);
    List<Object> error = list(ai.get("error-commands"));
    assertThat(error).singleElement().asString().contains("\"type\":\"install-failed\"")
        .contains(config.urls().events());
    List<Object> late = list(ai.get("late-commands"));
    assertThat((String) late.get(late.size() - 1)).contains("\"type\":\"install-finished\"")
        .endsWith(" " + config.urls().done());
    Map<String, String> files = files(config);
    assertThat(parse(files.get("meta-data"))).containsOnlyKeys("instance-id", "local-hostname");
    assertThat(files.get("vendor-data")).startsWith("#cloud-config\n");
    assertThat(parse(files.get("vendor-data"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void enrollmentIsFetchedIntoTheTargetAndRunThereExactlyWhenEnabled(Scenarios.Scenario scenario) {
    InstallConfig config = scenario.config();
    List<Object> late = list(autoinstall(config).get("late-commands"));
    String fetch = "curl -fsS --retry 5 --retry-connrefused -o /target/root/lab-enroll.sh "
        + config.urls().file("enroll.sh");
    if (config.enrollment() == null) {
      assertThat(files(config)).doesNotContainKey("enroll.sh");
      assertThat(late).noneMatch(c -> ((String) c).contains("enroll"));
      return;
    }
    assertThat(files(config).get("enroll.sh")).contains(config.enrollment().token());
    int at = late.indexOf(fetch);
    assertThat(at).as("late-commands %s", late).isNotNegative();
    assertThat(late.get(at + 1)).isEqualTo("curtin in-target -- sh /root/lab-enroll.sh");
    assertThat(late.get(at + 2)).isEqualTo("rm -f /target/root/lab-enroll.sh");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void ethernetsAreMatchedByMacAndRenamed(Scenarios.Scenario scenario) {
    InstallConfig config = scenario.config();
    Map<String, Object> ethernets = map(map(autoinstall(config).get("network")).get("ethernets"));
    config.network().interfaces().stream().filter(i -> i.mac() != null).forEach(i -> {
      Map<String, Object> e = map(ethernets.get(i.name()));
      assertThat(map(e.get("match"))).containsExactly(Map.entry("macaddress", i.mac().toLowerCase()));
      assertThat(e).containsEntry("set-name", i.name());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void customLayoutsReferOnlyToEarlierActionsAndBootTheFirmware(Scenarios.Scenario scenario) {
    InstallConfig config = scenario.config();
    Map<String, Object> storage = map(autoinstall(config).get("storage"));
    if (!storage.containsKey("config")) {
      assertThat(map(storage.get("layout")).get("name")).isEqualTo(config.profile().disk().layout().id());
      return;
    }
    Set<String> ids = new HashSet<>();
    List<Map<String, Object>> actions = list(storage.get("config")).stream().map(UserDataStructureTest::map)
        .toList();
    for (Map<String, Object> a : actions) {
      for (String ref : List.of("device", "volume", "volgroup")) {
        if (a.containsKey(ref)) {
          assertThat(ids).as("%s of %s", ref, a.get("id")).contains((String) a.get(ref));
        }
      }
      if (a.containsKey("devices")) {
        assertThat(ids).containsAll(list(a.get("devices")).stream().map(String.class::cast).toList());
      }
      assertThat(ids.add((String) a.get("id"))).as("unique id %s", a.get("id")).isTrue();
    }
    Map<String, Object> disk = actions.get(0);
    assertThat(disk).containsEntry("type", "disk").containsEntry("ptable", "gpt");
    List<Map<String, Object>> bootParts = actions.stream()
        .filter(a -> "partition".equals(a.get("type")) && !"".equals(a.get("flag")) && !"lvm".equals(a.get("flag"))
            && !"swap".equals(a.get("flag")))
        .toList();
    if (config.server().firmware() == Firmware.BIOS) {
      assertThat(disk).containsEntry("grub_device", true);
      assertThat(bootParts).singleElement().satisfies(p -> assertThat(p).containsEntry("flag", "bios_grub")
          .containsEntry("size", "1M").containsEntry("number", 1));
    } else {
      assertThat(disk).containsEntry("grub_device", false);
      Map<String, Object> esp = bootParts.get(0);
      assertThat(bootParts).hasSize(1);
      assertThat(esp).containsEntry("flag", "boot").containsEntry("grub_device", true);
      String format = (String) esp.get("id") + "-fs";
      assertThat(actions).anySatisfy(a -> assertThat(a).containsEntry("id", format)
          .containsEntry("fstype", "fat32"));
      assertThat(actions).anySatisfy(a -> assertThat(a).containsEntry("device", format)
          .containsEntry("path", "/boot/efi"));
    }
    assertThat(actions).filteredOn(a -> "mount".equals(a.get("type"))).extracting(a -> a.get("path"))
        .contains("/");
  }

  @Test
  void theFirstUserIsTheIdentityAndTheOthersComeFromCloudInit() {
    Map<String, Object> ai = autoinstall(Scenarios.severalUsers().config());
    assertThat(map(ai.get("identity"))).containsOnlyKeys("hostname", "username", "realname", "password")
        .containsEntry("username", "ops").containsEntry("password", Scenarios.OPS_HASH)
        .containsEntry("hostname", "web01");
    assertThat(list(map(ai.get("ssh")).get("authorized-keys"))).containsExactly(Scenarios.OPS_KEY);
    assertThat(map(ai.get("ssh"))).containsEntry("allow-pw", false);
    Map<String, Object> userData = map(ai.get("user-data"));
    List<Map<String, Object>> users = list(userData.get("users")).stream().map(UserDataStructureTest::map).toList();
    assertThat(users).extracting(u -> u.get("name")).containsExactly("alice", "bob");
    assertThat(users.get(0)).containsEntry("lock_passwd", true).containsEntry("sudo", Accounts.PASSWORDLESS_SUDO)
        .containsEntry("groups", List.of("sudo")).doesNotContainKey("hashed_passwd");
    assertThat(users.get(1)).containsEntry("lock_passwd", false).containsEntry("hashed_passwd", Scenarios.BOB_HASH)
        .containsEntry("groups", List.of("users", "video")).doesNotContainKey("sudo");
    assertThat(map(userData.get("chpasswd"))).containsEntry("expire", false)
        .containsEntry("users", List.of(Map.of("name", "root", "password", Scenarios.ROOT_HASH, "type", "hash")));
    assertThat(list(ai.get("late-commands"))).contains("curtin in-target -- usermod -a -G adm,docker ops");
  }

  @Test
  void withoutUsersThereIsNoIdentityAndNoDefaultUser() {
    Map<String, Object> ai = autoinstall(Scenarios.noUsers().config());
    assertThat(ai).doesNotContainKey("identity");
    assertThat(map(ai.get("user-data"))).containsEntry("hostname", "web01").containsEntry("users", List.of());
    assertThat(map(ai.get("ssh"))).containsEntry("allow-pw", true).doesNotContainKey("authorized-keys");
  }

  @Test
  void bondsCarryTheirModeDefaultMonitoringAndOptions() {
    Map<String, Object> network = map(autoinstall(Scenarios.bondVlan().config()).get("network"));
    Map<String, Object> bond = map(map(network.get("bonds")).get("bond0"));
    assertThat(bond.get("interfaces")).isEqualTo(List.of("eno1", "eno2"));
    assertThat(map(bond.get("parameters"))).containsExactly(Map.entry("mode", "802.3ad"),
        Map.entry("mii-monitor-interval", 100), Map.entry("lacp-rate", "fast"),
        Map.entry("transmit-hash-policy", "layer3+4"));
    assertThat(bond).containsEntry("mtu", 9000).containsEntry("dhcp4", true);
    Map<String, Object> vlan = map(map(network.get("vlans")).get("bond0.20"));
    assertThat(vlan).containsEntry("id", 20).containsEntry("link", "bond0")
        .containsEntry("addresses", List.of("198.51.100.20/24"))
        .containsEntry("routes", List.of(Map.of("to", "default", "via", "198.51.100.1")));
    assertThat(map(vlan.get("nameservers"))).containsEntry("addresses", List.of("198.51.100.53"))
        .containsEntry("search", List.of("lab.example", "example.org"));
    assertThat(map(map(network.get("ethernets")).get("eno1"))).containsEntry("dhcp4", false)
        .doesNotContainKeys("addresses", "routes", "nameservers");
  }

  @Test
  void theInstalledSystemGetsNtpKernelArgumentsAndTheMirror() {
    Map<String, Object> ai = autoinstall(Scenarios.staticDirectBios().config());
    assertThat(map(map(ai.get("user-data")).get("ntp"))).containsEntry("enabled", true)
        .containsEntry("servers", List.of("0.pool.ntp.org", "192.0.2.123"));
    assertThat(list(ai.get("late-commands"))).contains("printf '%s\\n' '# kernel arguments of the Lab profile'"
        + " 'GRUB_CMDLINE_LINUX=\"$GRUB_CMDLINE_LINUX intel_iommu=on nomodeset\"'"
        + " > /target/etc/default/grub.d/90-lab.cfg", "curtin in-target -- update-grub");
    assertThat(map(ai.get("apt")).get("mirror-selection"))
        .isEqualTo(Map.of("primary", List.of(Map.of("uri", "http://mirror.lab.example/ubuntu"))));
    assertThat(map(ai.get("keyboard"))).containsExactly(Map.entry("layout", "de"), Map.entry("variant", "nodeadkeys"));
    assertThat(map(map(ai.get("storage")).get("layout"))).containsEntry("name", "direct")
        .containsEntry("match", Map.of("path", "/dev/sda"));
  }

  @Test
  void aReapprovalIsANewCloudInitInstanceAndTheTokenStaysSecret() {
    Scenarios.Scenario sc = Scenarios.dhcpLvm();
    InstallConfig first = InstallConfigFactory.create(sc.server().build(), sc.profile().build(), sc.image(),
        new Endpoints(Fixtures.BASE_URL, "token-one", "enroll-one"), Fixtures.ENROLLMENT, null);
    InstallConfig again = InstallConfigFactory.create(sc.server().build(), sc.profile().build(), sc.image(),
        new Endpoints(Fixtures.BASE_URL, "token-one", "enroll-one"), Fixtures.ENROLLMENT, null);
    InstallConfig second = InstallConfigFactory.create(sc.server().build(), sc.profile().build(), sc.image(),
        new Endpoints(Fixtures.BASE_URL, "token-two", "enroll-two"), Fixtures.ENROLLMENT, null);
    String id1 = (String) parse(files(first).get("meta-data")).get("instance-id");
    assertThat(id1).startsWith("lab-web01-").doesNotContain("token");
    assertThat(parse(files(again).get("meta-data")).get("instance-id")).isEqualTo(id1);
    assertThat(parse(files(second).get("meta-data")).get("instance-id")).isNotEqualTo(id1);
  }

  @Test
  void theEnrollmentScriptInstallsTheAgentFromTheSitesRepositoryWhenSet() {
    Scenarios.Scenario sc = Scenarios.dhcpLvm();
    InstallConfig config = InstallConfigFactory.create(sc.server().build(), sc.profile().build(), sc.image(),
        Endpoints.preview(Fixtures.BASE_URL),
        new dev.lab.core.install.EnrollmentSettings("puppet.lab.example", "https://repo.lab.example/openvox"), null);
    String script = new AutoinstallPlugin().generateEnrollmentScript(config.enrollment(),
        GoldenFilesTest.templates()).content();
    assertThat(script).contains("lab_fetch https://repo.lab.example/openvox/openvox8-release-ubuntu24.04.deb ")
        .contains("apt-get install -y openvox-agent").doesNotContain("apt.voxpupuli.org");
  }
}
