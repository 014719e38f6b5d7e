package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Partition;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.model.Route;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injection, property-style: every user-controlled string field of {@link Scenarios#everything()} is
 * fed each of the {@link HostileStrings#generate(int) 200 seeded hostile strings}. Each input is
 * either refused by validation for that very property, or it renders with exactly the benign
 * structure: the same YAML key paths in user-data and meta-data, changes only in the leaves the field
 * feeds, every command of the same shell shape (words, operators, live expansions), the same kernel
 * arguments, and an enrollment script of the same shape.
 */
class InjectionTest {
  private static final AutoinstallPlugin PLUGIN = new AutoinstallPlugin();
  private static final List<String> HOSTILE = HostileStrings.generate(200);
  private static final Scenarios.Scenario BASE = Scenarios.everything();
  private static final Rendered BENIGN = Rendered.of(BASE.config());
  private static final String KEY = "<key>";
  private static int accepted;
  private static int refused;

  /**
   * One user-controlled field.
   *
   * @param properties the properties a refusal may name, given the hostile value
   * @param set the scenario with the field set to the value
   * @param key when the field's value is a YAML key in user-data, its benign value; else null
   * @param mayChange the user-data leaf paths (prefixes) the field may change
   * @param exact a leaf path that must then hold exactly the value (as {@code expected} writes it); null
   *     when the value is transformed on its way
   * @param expected what the leaf at {@code exact} holds for a value
   */
  record Field(Function<String, List<String>> properties, BiFunction<Scenarios.Scenario, String, Scenarios.Scenario> set,
      String key, List<String> mayChange, String exact, UnaryOperator<String> expected) {}

  /** What one configuration renders to, parsed. */
  record Rendered(Map<String, Object> userData, Map<String, Object> metaData, List<KernelArg> boot,
      List<String> enroll) {
    static Rendered of(InstallConfig config) {
      Map<String, String> files = new LinkedHashMap<>();
      for (RenderedFile f : PLUGIN.generateAnswerFiles(config, GoldenFilesTest.templates())) {
        files.put(f.name(), f.content());
      }
      assertThat(files.get("user-data")).startsWith("#cloud-config\n");
      return new Rendered(UserDataStructureTest.parse(files.get("user-data")),
          UserDataStructureTest.parse(files.get("meta-data")),
          PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)).kernelArgs(),
          files.get("enroll.sh").lines().toList());
    }
  }

  private static NamedField field(String name, String property, BiFunction<Scenarios.Scenario, String,
      Scenarios.Scenario> set, String exact, String... mayChange) {
    return new NamedField(name, new Field(h -> List.of(property), set, null, List.of(mayChange), exact, h -> h));
  }

  /** A named field for the parameterized test. */
  record NamedField(String name, Field field) {
    Named<Field> named() {
      return Named.of(name, field);
    }
  }

  private static Scenarios.Scenario server(Scenarios.Scenario sc, java.util.function.Consumer<ServerBuilder> c) {
    return sc.with(c, p -> { });
  }

  private static Scenarios.Scenario profile(Scenarios.Scenario sc, java.util.function.Consumer<ProfileBuilder> c) {
    return sc.with(s -> { }, c);
  }

  private static Scenarios.Scenario iface(Scenarios.Scenario sc, int index, UnaryOperator<NetInterface> change) {
    return server(sc, s -> {
      List<NetInterface> list = new ArrayList<>(s.network.interfaces());
      list.set(index, change.apply(list.get(index)));
      s.network = new Network(list, s.network.nameservers(), s.network.searchDomains());
    });
  }

  private static NetInterface with(NetInterface i, String name, String mac, List<String> members, String mode,
      String parent, List<String> addresses, String gateway, List<Route> routes) {
    return new NetInterface(name, i.kind(), mac, members, mode, parent, i.vlanId(), i.dhcp4(), addresses, gateway,
        i.mtu(), routes);
  }

  private static Scenarios.Scenario user(Scenarios.Scenario sc, int index, UnaryOperator<User> change) {
    return profile(sc, p -> {
      List<User> list = new ArrayList<>(p.users);
      list.set(index, change.apply(list.get(index)));
      p.users = list;
    });
  }

  private static User user(User u, String name, String fullName, String hash, List<String> groups, List<String> keys) {
    return new User(name, fullName, hash, groups, keys, u.sudo());
  }

  private static Scenarios.Scenario disk(Scenarios.Scenario sc, UnaryOperator<DiskLayout> change) {
    return profile(sc, p -> p.disk = change.apply(p.disk));
  }

  private static Scenarios.Scenario artifacts(Scenarios.Scenario sc, UnaryOperator<ImageArtifacts> change) {
    Image i = sc.image();
    Map<Architecture, ImageArtifacts> map = new LinkedHashMap<>(i.architectures());
    map.put(Architecture.X86_64, change.apply(map.get(Architecture.X86_64)));
    return new Scenarios.Scenario(sc.name(), sc.server(), sc.profile(), new Image(i.name(), i.os(), i.version(),
        i.installer(), map, i.bootc()));
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(index, value);
    return out;
  }

  private static VolumeGroup lv0(VolumeGroup vg, UnaryOperator<LogicalVolume> change) {
    return new VolumeGroup(vg.name(), replace(vg.logicalVolumes(), 0, change.apply(vg.logicalVolumes().get(0))));
  }

  private static String keyOf(String s) {
    return Scenarios.OPS_KEY.substring(0, Scenarios.OPS_KEY.lastIndexOf(' ')) + " " + s;
  }

  static Stream<Named<Field>> fields() {
    String ifs = "server.network.interfaces";
    String late = "autoinstall.late-commands[";
    List<NamedField> all = new ArrayList<>(List.of(
        field("server.hostname", "server.hostname", (sc, h) -> server(sc, s -> s.hostname = h),
            "autoinstall.identity.hostname", "autoinstall.identity.hostname", late),
        field("server.domain", "server.domain", (sc, h) -> server(sc, s -> s.domain = h), null, late),
        field("server.labels", "server.labels[0]", (sc, h) -> server(sc, s -> s.labels = List.of(h)), null),
        field("server.nics.mac", "server.nics[0].mac", (sc, h) -> server(sc, s -> s.nics = replace(s.nics, 0,
            new Nic("eno1", h))), null, "autoinstall.network.ethernets.eno1.match.macaddress"),
        field("bond member", ifs + "[2].members[1]", (sc, h) -> iface(sc, 2, i -> with(i, i.name(), i.mac(),
            List.of("eno1", h), i.bondMode(), i.parent(), i.addresses(), i.gateway4(), i.routes())), null),
        field("bond mode", ifs + "[2].bondMode", (sc, h) -> iface(sc, 2, i -> with(i, i.name(), i.mac(),
            i.members(), h, i.parent(), i.addresses(), i.gateway4(), i.routes())),
            "autoinstall.network.bonds.bond0.parameters.mode", "autoinstall.network.bonds.bond0.parameters.mode"),
        field("vlan parent", ifs + "[3].parent", (sc, h) -> iface(sc, 3, i -> with(i, i.name(), i.mac(),
            i.members(), i.bondMode(), h, i.addresses(), i.gateway4(), i.routes())), null),
        field("vlan address", ifs + "[3].addresses[0]", (sc, h) -> iface(sc, 3, i -> with(i, i.name(), i.mac(),
            i.members(), i.bondMode(), i.parent(), List.of(h), i.gateway4(), i.routes())),
            "autoinstall.network.vlans.bond0.20.addresses[0]", "autoinstall.network.vlans.bond0.20.addresses[0]"),
        field("vlan gateway", ifs + "[3].gateway4", (sc, h) -> iface(sc, 3, i -> with(i, i.name(), i.mac(),
            i.members(), i.bondMode(), i.parent(), i.addresses(), h, i.routes())),
            "autoinstall.network.vlans.bond0.20.routes[0].via", "autoinstall.network.vlans.bond0.20.routes[0].via"),
        field("ethernet mac", ifs + "[4].mac", (sc, h) -> iface(sc, 4, i -> with(i, i.name(), h, i.members(),
            i.bondMode(), i.parent(), i.addresses(), i.gateway4(), i.routes())), null,
            "autoinstall.network.ethernets.eno3.match.macaddress"),
        field("route to", ifs + "[4].routes[0].to", (sc, h) -> iface(sc, 4, i -> with(i, i.name(), i.mac(),
            i.members(), i.bondMode(), i.parent(), i.addresses(), i.gateway4(), List.of(new Route(h, "192.0.2.254")))),
            "autoinstall.network.ethernets.eno3.routes[0].to", "autoinstall.network.ethernets.eno3.routes[0].to"),
        field("route via", ifs + "[4].routes[0].via", (sc, h) -> iface(sc, 4, i -> with(i, i.name(), i.mac(),
            i.members(), i.bondMode(), i.parent(), i.addresses(), i.gateway4(), List.of(new Route("10.20.0.0/16", h)))),
            "autoinstall.network.ethernets.eno3.routes[0].via", "autoinstall.network.ethernets.eno3.routes[0].via"),
        field("nameserver", "server.network.nameservers[0]", (sc, h) -> server(sc, s -> s.network = new Network(
            s.network.interfaces(), replace(s.network.nameservers(), 0, h), s.network.searchDomains())),
            "autoinstall.network.vlans.bond0.20.nameservers.addresses[0]",
            "autoinstall.network.vlans.bond0.20.nameservers.addresses[0]"),
        field("search domain", "server.network.searchDomains[0]", (sc, h) -> server(sc, s -> s.network = new Network(
            s.network.interfaces(), s.network.nameservers(), replace(s.network.searchDomains(), 0, h))),
            "autoinstall.network.vlans.bond0.20.nameservers.search[0]",
            "autoinstall.network.vlans.bond0.20.nameservers.search[0]"),
        field("root password", "profile.rootPasswordHash", (sc, h) -> profile(sc, p -> p.rootPasswordHash = h),
            "autoinstall.user-data.chpasswd.users[0].password", "autoinstall.user-data.chpasswd.users[0].password"),
        field("identity name", "profile.users[0].name", (sc, h) -> user(sc, 0, u -> user(u, h, u.fullName(),
            u.passwordHash(), u.groups(), u.sshKeys())), "autoinstall.identity.username",
            "autoinstall.identity.username", late),
        field("identity full name", "profile.users[0].fullName", (sc, h) -> user(sc, 0, u -> user(u, u.name(), h,
            u.passwordHash(), u.groups(), u.sshKeys())), "autoinstall.identity.realname", "autoinstall.identity.realname"),
        field("identity password", "profile.users[0].passwordHash", (sc, h) -> user(sc, 0, u -> user(u, u.name(),
            u.fullName(), h, u.groups(), u.sshKeys())), "autoinstall.identity.password", "autoinstall.identity.password"),
        field("identity group", "profile.users[0].groups[0]", (sc, h) -> user(sc, 0, u -> user(u, u.name(),
            u.fullName(), u.passwordHash(), List.of(h, "docker"), u.sshKeys())), null, late),
        field("user name", "profile.users[1].name", (sc, h) -> user(sc, 1, u -> user(u, h, u.fullName(),
            u.passwordHash(), u.groups(), u.sshKeys())), "autoinstall.user-data.users[0].name",
            "autoinstall.user-data.users[0].name"),
        field("user full name", "profile.users[1].fullName", (sc, h) -> user(sc, 1, u -> user(u, u.name(), h,
            u.passwordHash(), u.groups(), u.sshKeys())), "autoinstall.user-data.users[0].gecos",
            "autoinstall.user-data.users[0].gecos"),
        field("user group", "profile.users[2].groups[0]", (sc, h) -> user(sc, 2, u -> user(u, u.name(),
            u.fullName(), u.passwordHash(), List.of(h, "video"), u.sshKeys())), "autoinstall.user-data.users[1].groups[0]",
            "autoinstall.user-data.users[1].groups[0]"),
        field("user password", "profile.users[2].passwordHash", (sc, h) -> user(sc, 2, u -> user(u, u.name(),
            u.fullName(), h, u.groups(), u.sshKeys())), "autoinstall.user-data.users[1].hashed_passwd",
            "autoinstall.user-data.users[1].hashed_passwd"),
        field("package", "profile.packages[0]", (sc, h) -> profile(sc, p -> p.packages = List.of(h, "htop")),
            "autoinstall.packages[0]", "autoinstall.packages[0]"),
        field("locale", "profile.locale", (sc, h) -> profile(sc, p -> p.locale = h), "autoinstall.locale",
            "autoinstall.locale"),
        field("timezone", "profile.timezone", (sc, h) -> profile(sc, p -> p.timezone = h), "autoinstall.timezone",
            "autoinstall.timezone"),
        field("ntp server", "profile.ntpServers[0]", (sc, h) -> profile(sc, p -> p.ntpServers = replace(p.ntpServers,
            0, h)), "autoinstall.user-data.ntp.servers[0]", "autoinstall.user-data.ntp.servers[0]"),
        field("profile label", "profile.labels[0]", (sc, h) -> profile(sc, p -> p.labels = List.of(h)), null),
        field("kernel arg value", "profile.kernelArgs[0].value", (sc, h) -> profile(sc, p -> p.kernelArgs = replace(
            p.kernelArgs, 0, KernelArg.of("intel_iommu", h))), null, late),
        field("serial console", "profile.serialConsole", (sc, h) -> profile(sc, p -> p.serialConsole = h), null),
        field("enrollment role", "profile.enrollment.role", (sc, h) -> profile(sc, p -> p.enrollment =
            new Enrollment(h, "production", true)), null),
        field("enrollment environment", "profile.enrollment.environment", (sc, h) -> profile(sc, p -> p.enrollment =
            new Enrollment("webserver", h, true)), null),
        field("bond option value", "profile.options.autoinstall.bond.bond0.lacp-rate", (sc, h) -> profile(sc,
            p -> p.options.put("autoinstall.bond.bond0.lacp-rate", h)), null),
        field("disk device", "profile.disk.device", (sc, h) -> disk(sc, d -> new DiskLayout(h, d.layout(),
            d.partitions(), d.volumeGroups())), null, "autoinstall.storage.config[0].match."),
        field("partition mount", "profile.disk.partitions[0].mount", (sc, h) -> disk(sc, d -> new DiskLayout(
            d.device(), d.layout(), replace(d.partitions(), 0, new Partition(h, d.partitions().get(0).size(), "ext4",
            null)), d.volumeGroups())), null, "autoinstall.storage.config["),
        field("partition fstype", "profile.disk.partitions[0].fstype", (sc, h) -> disk(sc, d -> new DiskLayout(
            d.device(), d.layout(), replace(d.partitions(), 0, new Partition("/boot", d.partitions().get(0).size(), h,
            null)), d.volumeGroups())), null, "autoinstall.storage.config["),
        field("logical volume name", "profile.disk.volumeGroups[0].logicalVolumes[0].name", (sc, h) -> disk(sc,
            d -> new DiskLayout(d.device(), d.layout(), d.partitions(), List.of(lv0(d.volumeGroups().get(0),
            lv -> new LogicalVolume(h, lv.mount(), lv.size(), lv.fstype()))))), "autoinstall.storage.config[5].name",
            "autoinstall.storage.config[5].name"),
        field("logical volume fstype", "profile.disk.volumeGroups[0].logicalVolumes[0].fstype", (sc, h) -> disk(sc,
            d -> new DiskLayout(d.device(), d.layout(), d.partitions(), List.of(lv0(d.volumeGroups().get(0),
            lv -> new LogicalVolume(lv.name(), lv.mount(), lv.size(), h))))), null, "autoinstall.storage.config["),
        field("image iso", "image.architectures", (sc, h) -> artifacts(sc, a -> new ImageArtifacts(a.kernel(),
            a.initrds(), a.repository(), h, null, null, null, null, null)), null),
        field("image kernel", "image.architectures", (sc, h) -> artifacts(sc, a -> new ImageArtifacts(h,
            a.initrds(), a.repository(), a.iso(), null, null, null, null, null)), null),
        field("image initrd", "image.architectures", (sc, h) -> artifacts(sc, a -> new ImageArtifacts(a.kernel(),
            List.of(h), a.repository(), a.iso(), null, null, null, null, null)), null),
        field("image mirror", "image.architectures", (sc, h) -> artifacts(sc, a -> new ImageArtifacts(a.kernel(),
            a.initrds(), h, a.iso(), null, null, null, null, null)), null,
            "autoinstall.apt.mirror-selection.primary[0].uri")));
    all.add(new NamedField("vlan name (a YAML key)", new Field(h -> List.of(ifs + "[3].name"),
        (sc, h) -> iface(sc, 3, i -> with(i, h, i.mac(), i.members(), i.bondMode(), i.parent(), i.addresses(),
            i.gateway4(), i.routes())), "bond0.20", List.of(), null, h -> h)));
    all.add(new NamedField("ethernet name (a YAML key)", new Field(h -> List.of(ifs + "[4].name"),
        (sc, h) -> iface(sc, 4, i -> with(i, h, i.mac(), i.members(), i.bondMode(), i.parent(), i.addresses(),
            i.gateway4(), i.routes())), "eno3", List.of("autoinstall.network.ethernets." + KEY + ".set-name"),
        "autoinstall.network.ethernets." + KEY + ".set-name", h -> h)));
    all.add(new NamedField("option key", new Field(h -> List.of("profile.options." + h),
        (sc, h) -> profile(sc, p -> p.options.put(h, "fast")), null, List.of(), null, h -> h)));
    all.add(new NamedField("volume group name", new Field(h -> List.of("profile.disk.volumeGroups[0].name",
        "profile.disk.partitions[1].volumeGroup"), (sc, h) -> disk(sc, d -> new DiskLayout(d.device(), d.layout(),
        replace(d.partitions(), 1, new Partition(null, d.partitions().get(1).size(), null, h)),
        List.of(new VolumeGroup(h, d.volumeGroups().get(0).logicalVolumes())))),
        null, List.of("autoinstall.storage.config[4].name"), "autoinstall.storage.config[4].name", h -> h)));
    all.add(new NamedField("logical volume mount", new Field(h -> List.of(
        "profile.disk.volumeGroups[0].logicalVolumes[0].mount", "profile.disk.partitions"), (sc, h) -> disk(sc,
        d -> new DiskLayout(d.device(), d.layout(), d.partitions(), List.of(lv0(d.volumeGroups().get(0),
        lv -> new LogicalVolume(lv.name(), h, lv.size(), lv.fstype()))))), null, List.of("autoinstall.storage.config["),
        null, h -> h)));
    all.add(new NamedField("identity ssh key comment", new Field(h -> List.of("profile.users[0].sshKeys[0]"),
        (sc, h) -> user(sc, 0, u -> user(u, u.name(), u.fullName(), u.passwordHash(), u.groups(), List.of(keyOf(h)))),
        null, List.of("autoinstall.ssh.authorized-keys[0]"), "autoinstall.ssh.authorized-keys[0]",
        InjectionTest::keyOf)));
    all.add(new NamedField("user ssh key comment", new Field(h -> List.of("profile.users[1].sshKeys[0]"),
        (sc, h) -> user(sc, 1, u -> user(u, u.name(), u.fullName(), u.passwordHash(), u.groups(), List.of(keyOf(h)))),
        null, List.of("autoinstall.user-data.users[0].ssh_authorized_keys[0]"),
        "autoinstall.user-data.users[0].ssh_authorized_keys[0]", InjectionTest::keyOf)));
    all.add(new NamedField("kernel arg key", new Field(h -> List.of("profile.kernelArgs[0].key"),
        (sc, h) -> profile(sc, p -> p.kernelArgs = replace(p.kernelArgs, 0, KernelArg.of(h, "on"))), "intel_iommu",
        List.of("autoinstall.late-commands["), null, h -> h)));
    all.add(new NamedField("keyboard layout", new Field(h -> List.of("profile.keyboard"),
        (sc, h) -> profile(sc, p -> p.keyboard = h + "(nodeadkeys)"), null, List.of("autoinstall.keyboard.layout"),
        "autoinstall.keyboard.layout", h -> h)));
    all.add(new NamedField("keyboard variant", new Field(h -> List.of("profile.keyboard"),
        (sc, h) -> profile(sc, p -> p.keyboard = "de(" + h + ")"), null, List.of("autoinstall.keyboard.variant"),
        "autoinstall.keyboard.variant", h -> h)));
    return all.stream().map(NamedField::named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void everyHostileValueIsRefusedForItsPropertyOrRendersInert(Field field) {
    List<String> failures = new ArrayList<>();
    for (String h : HOSTILE) {
      InstallConfig config = field.set().apply(BASE, h).config();
      List<Problem> problems = PLUGIN.validate(config);
      if (!problems.isEmpty()) {
        List<String> allowed = field.properties().apply(h);
        problems.stream().filter(p -> !allowed.contains(p.property()))
            .forEach(p -> failures.add(show(h) + " refused for another property: " + p));
        if (problems.stream().noneMatch(p -> allowed.contains(p.property()))) {
          failures.add(show(h) + " refused without naming " + allowed);
        }
        refused++;
        continue;
      }
      accepted++;
      try {
        failures.addAll(compare(field, h, Rendered.of(config)).stream().map(f -> show(h) + " " + f).toList());
      } catch (RuntimeException e) {
        failures.add(show(h) + " was accepted but does not render: " + e);
      }
    }
    assertThat(failures).isEmpty();
  }

  @AfterAll
  static void bothOutcomesHappened() {
    assertThat(accepted).as("hostile values accepted and rendered").isPositive();
    assertThat(refused).as("hostile values refused").isPositive();
  }

  private static List<String> compare(Field field, String h, Rendered hostile) {
    List<String> out = new ArrayList<>();
    Map<String, Object> want = leaves(BENIGN.userData(), field.key(), null);
    Map<String, Object> got = leaves(hostile.userData(), field.key(), h);
    Set<String> wantPaths = paths(BENIGN.userData(), field.key(), null);
    Set<String> gotPaths = paths(hostile.userData(), field.key(), h);
    if (!wantPaths.equals(gotPaths)) {
      Set<String> added = new TreeSet<>(gotPaths);
      added.removeAll(wantPaths);
      Set<String> lost = new TreeSet<>(wantPaths);
      lost.removeAll(gotPaths);
      out.add("changed the user-data structure: added " + added + ", lost " + lost);
      return out;
    }
    for (String path : want.keySet()) {
      if (!java.util.Objects.equals(want.get(path), got.get(path))
          && field.mayChange().stream().noneMatch(path::startsWith)) {
        out.add("changed " + path + " from " + want.get(path) + " to " + got.get(path));
      }
    }
    if (field.exact() != null && !field.expected().apply(h).equals(got.get(field.exact()))) {
      out.add("is not the value of " + field.exact() + ": " + got.get(field.exact()));
    }
    for (String list : List.of("early-commands", "late-commands", "error-commands")) {
      List<Object> a = UserDataStructureTest.list(UserDataStructureTest.map(BENIGN.userData().get("autoinstall"))
          .get(list));
      List<Object> b = UserDataStructureTest.list(UserDataStructureTest.map(hostile.userData().get("autoinstall"))
          .get(list));
      for (int i = 0; i < a.size(); i++) {
        if (!ShellWords.shape((String) a.get(i)).equals(ShellWords.shape((String) b.get(i)))) {
          out.add("changed the shell shape of " + list + "[" + i + "]: " + b.get(i));
        } else if (!a.get(i).equals(b.get(i)) && ShellWords.split((String) b.get(i)).stream()
            .noneMatch(t -> !t.operator() && t.text().contains(h))) {
          out.add("changed " + list + "[" + i + "] without being one word of it: " + b.get(i));
        }
      }
    }
    if (!paths(BENIGN.metaData(), null, null).equals(paths(hostile.metaData(), null, null))) {
      out.add("changed the meta-data structure: " + hostile.metaData());
    }
    String benignKey = field.key();
    if (!BENIGN.boot().stream().map(KernelArg::key).map(k -> k.equals(benignKey) ? KEY : k).toList()
        .equals(hostile.boot().stream().map(KernelArg::key).map(k -> benignKey != null && k.equals(h) ? KEY : k)
            .toList())) {
      out.add("changed the kernel arguments: " + hostile.boot());
    }
    out.addAll(compareScripts(BENIGN.enroll(), hostile.enroll()));
    return out;
  }

  /** The enrollment script: same lines, the same shell shape outside the CSR heredoc, the same YAML keys inside. */
  private static List<String> compareScripts(List<String> want, List<String> got) {
    if (want.size() != got.size()) {
      return List.of("changed the number of enrollment script lines to " + got.size());
    }
    List<String> out = new ArrayList<>();
    StringBuilder wantDoc = new StringBuilder();
    StringBuilder gotDoc = new StringBuilder();
    boolean inDoc = false;
    for (int i = 0; i < want.size(); i++) {
      if (inDoc && want.get(i).equals("LAB_CSR_ATTRIBUTES")) {
        inDoc = false;
      }
      if (inDoc) {
        wantDoc.append(want.get(i)).append('\n');
        gotDoc.append(got.get(i)).append('\n');
      } else if (!ShellWords.shape(want.get(i)).equals(ShellWords.shape(got.get(i)))) {
        out.add("changed the shell shape of enrollment script line " + (i + 1) + ": " + got.get(i));
      }
      if (want.get(i).endsWith("<<'LAB_CSR_ATTRIBUTES'")) {
        inDoc = true;
      }
    }
    Map<String, Object> a = UserDataStructureTest.parse(wantDoc.toString());
    Map<String, Object> b = UserDataStructureTest.parse(gotDoc.toString());
    if (!paths(a, null, null).equals(paths(b, null, null))) {
      out.add("changed the keys of csr_attributes.yaml: " + b);
    }
    return out;
  }

  /** @return every path of the tree (map keys and list indexes), with the field's key canonicalized */
  private static Set<String> paths(Object node, String benignKey, String hostileKey) {
    Set<String> out = new TreeSet<>();
    walk(node, "", benignKey, hostileKey, out, null);
    return out;
  }

  /** @return every scalar leaf by path */
  private static Map<String, Object> leaves(Object node, String benignKey, String hostileKey) {
    Map<String, Object> out = new LinkedHashMap<>();
    walk(node, "", benignKey, hostileKey, null, out);
    return out;
  }

  private static void walk(Object node, String path, String benignKey, String hostileKey, Set<String> paths,
      Map<String, Object> leaves) {
    if (paths != null) {
      paths.add(path);
    }
    if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = String.valueOf(e.getKey());
        if (k.equals(hostileKey) || (hostileKey == null && k.equals(benignKey))) {
          k = KEY;
        }
        walk(e.getValue(), path.isEmpty() ? k : path + "." + k, benignKey, hostileKey, paths, leaves);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "[" + i + "]", benignKey, hostileKey, paths, leaves);
      }
    } else if (leaves != null) {
      leaves.put(path, node);
    }
  }

  private static String show(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
