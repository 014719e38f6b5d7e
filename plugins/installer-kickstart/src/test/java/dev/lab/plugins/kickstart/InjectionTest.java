package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Bootc;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Partition;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.testkit.Fixtures;
import dev.lab.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds {@link HostileStrings} (fixed seed) into every user-controlled string of a configuration
 * that uses every feature. Each input is either refused by validation with a problem for that very
 * property (or the object holding it), or renders files with exactly the shape of the benign
 * render: the same commands, options, sections, script lines and kernel arguments.
 */
class InjectionTest {
  static final List<String> HOSTILE = HostileStrings.generate(200);

  /** A user-controlled field: where a problem about it points, and how to put a value there. */
  record Field(String path, Function<String, InstallConfig> with) {
    @Override
    public String toString() {
      return path;
    }
  }

  static Stream<Field> fields() {
    List<Field> fields = new ArrayList<>();
    for (String path : List.of("server.hostname", "server.domain", "server.labels[0]",
        "server.network.interfaces[6].name", "server.network.interfaces[6].mac",
        "server.network.interfaces[2].bondMode", "server.network.interfaces[2].members[0]",
        "server.network.interfaces[3].parent", "server.network.interfaces[3].addresses[0]",
        "server.network.interfaces[3].gateway4", "server.network.interfaces[5].addresses[0]",
        "server.network.nameservers[0]", "server.network.searchDomains[0]",
        "profile.users[0].name", "profile.users[0].fullName", "profile.users[0].passwordHash",
        "profile.users[0].groups[0]", "profile.users[0].sshKeys[0]", "profile.users[0].sshKeys[1]",
        "profile.rootPasswordHash", "profile.packages[0]", "profile.labels[0]", "profile.enrollment.role",
        "profile.enrollment.environment", "profile.locale", "profile.keyboard", "profile.timezone",
        "profile.ntpServers[0]", "profile.kernelArgs[0].key", "profile.kernelArgs[1].value",
        "profile.serialConsole", "profile.disk.device", "profile.disk.partitions[0].mount",
        "profile.disk.partitions[0].fstype", "profile.disk.partitions[1].volumeGroup",
        "profile.disk.volumeGroups[0].name", "profile.disk.volumeGroups[0].logicalVolumes[0].name",
        "profile.disk.volumeGroups[0].logicalVolumes[1].mount",
        "profile.disk.volumeGroups[0].logicalVolumes[1].fstype", "image.architectures.x86_64.repository")) {
      fields.add(new Field(path, v -> packaged(path, v)));
    }
    for (String path : List.of("image.bootc.url", "image.bootc.transport", "image.bootc.stateroot",
        "image.bootc.remote")) {
      fields.add(new Field(path, v -> bootc(path, v, Cases.AUTH_JSON)));
    }
    fields.add(new Field("image.bootc.registryAuthFile", v -> bootc(null, null, v)));
    fields.add(new Field("profile.options.kickstart.selinux", v -> withOption("kickstart.selinux", v)));
    fields.add(new Field("profile.options.", v -> withOption(v, "enforcing")));
    return fields.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void everyHostileValueIsRefusedOrInert(Field field) {
    List<String> failures = new ArrayList<>();
    int accepted = 0;
    for (String hostile : HOSTILE) {
      InstallConfig config = field.with().apply(hostile);
      List<Problem> problems = Rendering.PLUGIN.validate(config);
      String path = field.path().endsWith(".") ? field.path() + hostile : field.path();
      if (!problems.isEmpty()) {
        if (problems.stream().noneMatch(p -> concerns(p, path))) {
          failures.add(Syntax.show(hostile) + " refused, but not for " + path + ": " + problems);
        }
        continue;
      }
      accepted++;
      String difference = differenceFromBenign(config);
      if (difference != null) {
        failures.add(Syntax.show(hostile) + " changed the output: " + difference);
      }
    }
    assertThat(failures).as("%s (%d of %d hostile values accepted)", field, accepted, HOSTILE.size()).isEmpty();
  }

  @Test
  void theBaseConfigurationsAreValidAndUseEveryFeature() {
    assertThat(Rendering.PLUGIN.validate(base())).isEmpty();
    assertThat(Rendering.PLUGIN.validate(bootcBase(Cases.AUTH_JSON))).isEmpty();
    String ks = Rendering.render(base()).get("ks.cfg");
    assertThat(ks).contains("--bondslaves=", "--vlanid=", "logvol ", "--gecos=", "lab_add_ssh_key ops",
        "--append=", "selinux --enforcing");
  }

  @Test
  void anAcceptedFullNameReadsBackExactly() {
    String name = "O'Brien \"Ops\" $(reboot) `id` ; #1 %end \\ ü 中 😀";
    InstallConfig config = packaged("profile.users[0].fullName", name);
    assertThat(Rendering.PLUGIN.validate(config)).isEmpty();
    KickstartFile ks = KickstartFile.parse(Rendering.render(config).get("ks.cfg"));
    assertThat(ks.commands("user").get(0).options()).containsEntry("gecos", name);
    assertThat(differenceFromBenign(config)).isNull();
  }

  @Test
  void mostHostileFullNamesAreAcceptedAndReadBackExactly() {
    int accepted = 0;
    for (String hostile : HOSTILE) {
      InstallConfig config = packaged("profile.users[0].fullName", hostile);
      if (!Rendering.PLUGIN.validate(config).isEmpty()) {
        continue;
      }
      accepted++;
      KickstartFile ks = KickstartFile.parse(Rendering.render(config).get("ks.cfg"));
      assertThat(ks.commands("user").get(0).options()).as("gecos of %s", Syntax.show(hostile))
          .containsEntry("gecos", hostile);
    }
    assertThat(accepted).as("hostile full names written (quoted) rather than refused").isGreaterThan(100);
  }

  /** @return whether the problem is about the property at {@code path} or an object holding it */
  static boolean concerns(Problem problem, String path) {
    String p = problem.property();
    return path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[");
  }

  /** @return how the config's files differ in shape from its benign counterpart's, or null */
  static String differenceFromBenign(InstallConfig config) {
    Shapes shapes;
    try {
      shapes = Shapes.of(config);
    } catch (IllegalArgumentException e) {
      return "the output no longer reads as kickstart: " + e.getMessage();
    }
    Shapes expected = config.image().bootc() == null ? BENIGN.get() : BENIGN_BOOTC.get();
    if (!shapes.files().equals(expected.files())) {
      return "files " + shapes.files() + " instead of " + expected.files();
    }
    if (!shapes.kickstart().equals(expected.kickstart())) {
      return "ks.cfg has the shape " + shapes.kickstart();
    }
    if (!shapes.enroll().equals(expected.enroll())) {
      return "enroll.sh has the shape " + shapes.enroll();
    }
    if (!shapes.boot().equals(expected.boot())) {
      return "the boot specs have the shape " + shapes.boot();
    }
    return null;
  }

  /** The shapes of everything one configuration renders. */
  record Shapes(java.util.Set<String> files, List<String> kickstart, List<String> enroll, List<String> boot) {
    static Shapes of(InstallConfig config) {
      Map<String, String> files = new java.util.LinkedHashMap<>();
      Rendering.PLUGIN.generateAnswerFiles(config, Rendering.TEMPLATES).forEach(f -> files.put(f.name(), f.content()));
      int profileArgs = KernelArgs.ofProfile(config.profile()).size();
      List<String> boot = new ArrayList<>();
      for (Firmware firmware : Firmware.values()) {
        boot.addAll(Structure.ofBoot(Rendering.PLUGIN.preparePxe(new PxeConfig(config, firmware)), profileArgs));
      }
      return new Shapes(files.keySet(), Structure.ofKickstart(files.get("ks.cfg")),
          files.containsKey("enroll.sh") ? Structure.ofShell(files.get("enroll.sh")) : List.of(), boot);
    }
  }

  private static final java.util.function.Supplier<Shapes> BENIGN = memo(() -> Shapes.of(base()));
  private static final java.util.function.Supplier<Shapes> BENIGN_BOOTC =
      memo(() -> Shapes.of(bootcBase(Cases.AUTH_JSON)));

  private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> supplier) {
    Object[] cell = new Object[1];
    return () -> {
      synchronized (cell) {
        if (cell[0] == null) {
          cell[0] = supplier.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) cell[0];
        return value;
      }
    };
  }

  static InstallConfig packaged(String path, Object value) {
    Server server = baseServer();
    Profile profile = baseProfile();
    Image image = Cases.fedora(null, Architecture.X86_64);
    if (path.startsWith("server.")) {
      server = Mutate.set(server, path.substring("server.".length()), value);
    } else if (path.startsWith("profile.")) {
      profile = Mutate.set(profile, path.substring("profile.".length()), value);
    } else {
      image = Mutate.set(image, path.substring("image.".length()), value);
    }
    return Fixtures.config(server, profile, image);
  }

  static InstallConfig bootc(String path, String value, String authJson) {
    InstallConfig base = bootcBase(authJson);
    Image image = path == null ? base.image() : Mutate.set(base.image(), path.substring("image.".length()), value);
    return Fixtures.config(base.server(), base.profile(), image, authJson);
  }

  static InstallConfig withOption(String key, String value) {
    Map<String, String> options = new HashMap<>(baseProfile().options());
    options.put(key, value);
    return Fixtures.config(baseServer(), Mutate.set(baseProfile(), "options", options),
        Cases.fedora(null, Architecture.X86_64));
  }

  static InstallConfig base() {
    return packaged("profile.name", "inject");
  }

  static InstallConfig bootcBase(String authJson) {
    Profile profile = Mutate.set(Mutate.set(baseProfile(), "packages", List.of()), "disk", DiskLayout.automatic());
    Bootc bootc = new Bootc("registry.lab.example:5000/os/almalinux-bootc:9.5", "registry", "alma", "alma", true,
        "secrets/registry-auth.json");
    return Fixtures.config(baseServer(), profile, Cases.alma("9.5", bootc, Architecture.X86_64), authJson);
  }

  static Server baseServer() {
    Network network = new Network(List.of(
        ethernet("eth0", "0c:c4:7a:00:00:01", false),
        ethernet("eth1", "0c:c4:7a:00:00:02", false),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null, null, false,
            List.of(), null, null, List.of()),
        new NetInterface("bond0.20", InterfaceKind.VLAN, null, List.of(), null, "bond0", 20, false,
            List.of("10.20.0.10/24"), "10.20.0.1", null, List.of()),
        ethernet("eth2", "0c:c4:7a:00:00:03", true),
        new NetInterface("eth2.30", InterfaceKind.VLAN, null, List.of(), null, "eth2", 30, false,
            List.of("10.30.0.10/24"), null, null, List.of()),
        ethernet("eth3", "0c:c4:7a:00:00:04", false)),
        List.of("10.20.0.53"), List.of("lab.example"));
    return new Server("inj01", "inj01", "lab.example", Architecture.X86_64, Firmware.UEFI,
        List.of(Cases.nic("eth0", "0c:c4:7a:00:00:01")), network, null, List.of("rack1"), Map.of(), null);
  }

  static Profile baseProfile() {
    DiskLayout disk = new DiskLayout("sda", DiskLayoutKind.CUSTOM, List.of(
        new Partition("/boot", Size.parse("1GiB"), "xfs", null),
        new Partition(null, Size.remaining(), null, "vg0")),
        List.of(new VolumeGroup("vg0", List.of(
            new LogicalVolume("root", "/", Size.parse("10GiB"), "xfs"),
            new LogicalVolume("var", "/var", Size.remaining(), "xfs")))));
    User ops = new User("ops", "Operations", Cases.HASH, List.of("adm"), List.of(Cases.KEY_OPS, Cases.KEY_OPS_2), true);
    return new Profile("inject", "fedora-41", null, disk, null, Cases.ROOT_HASH, List.of(ops),
        List.of("vim-enhanced", "htop"), "en_US.UTF-8", "us", "Europe/Paris", List.of("0.pool.ntp.org"),
        List.of("web"), List.of(KernelArg.flag("quiet"), KernelArg.of("mitigations", "auto")), "ttyS0,115200",
        new Enrollment("webserver", "production", true), Map.of("kickstart.selinux", "enforcing"));
  }

  private static NetInterface ethernet(String name, String mac, boolean dhcp) {
    return new NetInterface(name, InterfaceKind.ETHERNET, mac, List.of(), null, null, null, dhcp, List.of(), null,
        null, List.of());
  }
}
