package dev.lab.plugins.rootfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.WriteFileAction;
import dev.lab.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile strings (the test kit's fixed seed) in every user-written value the plan uses: each is
 * either refused by validation naming exactly that property, or yields a plan of the same shape as
 * the benign one: the same action types, chroot commands with the same program and number of
 * arguments, written files with the same number of lines, and the same agent kernel arguments.
 * Nothing a user writes can become a command, an argument, a kernel argument or a line.
 */
class InjectionTest {
  private static final List<String> HOSTILE = HostileStrings.generate(120);
  private static Shape benign;

  /** A user-written value: where validation must blame it, and how to set it. */
  record Field(String property, BiConsumer<Spec, String> set) {
    @Override
    public String toString() {
      return property;
    }
  }

  static Stream<Field> fields() {
    String vlan = "server.network.interfaces[3]";
    String disk = "profile.disk";
    return Stream.of(
        new Field("server.hostname", (s, v) -> s.hostname = v),
        new Field("server.domain", (s, v) -> s.domain = v),
        new Field("server.nics[0].mac", (s, v) -> s.nicMac = v),
        new Field("server.network.interfaces[0].mac", (s, v) -> s.eth0Mac = v),
        new Field("server.network.interfaces[", (s, v) -> s.bondName = v),
        new Field("server.network.interfaces[2].bondMode", (s, v) -> s.bondMode = v),
        new Field(vlan + ".parent", (s, v) -> s.vlanParent = v),
        new Field(vlan + ".addresses[0]", (s, v) -> s.address = v),
        new Field(vlan + ".gateway4", (s, v) -> s.gateway = v),
        new Field(vlan + ".routes[0]", (s, v) -> s.routeTo = v),
        new Field(vlan + ".routes[0]", (s, v) -> s.routeVia = v),
        new Field("server.network.nameservers[0]", (s, v) -> s.nameserver = v),
        new Field("server.network.searchDomains[0]", (s, v) -> s.searchDomain = v),
        new Field(disk + ".device", (s, v) -> s.device = v),
        new Field(disk + ".partitions[1].mount", (s, v) -> s.srvMount = v),
        new Field(disk + ".partitions[1].fstype", (s, v) -> s.srvFstype = v),
        new Field(disk + ".volumeGroups[0].logicalVolumes[0].name", (s, v) -> s.lvName = v),
        new Field(disk + ".", (s, v) -> s.vgName = v),
        new Field("profile.rootPasswordHash", (s, v) -> s.rootHash = v),
        new Field("profile.users[0].name", (s, v) -> s.user = v),
        new Field("profile.users[0].fullName", (s, v) -> s.fullName = v),
        new Field("profile.users[0].passwordHash", (s, v) -> s.userHash = v),
        new Field("profile.users[0].groups[0]", (s, v) -> s.group = v),
        new Field("profile.users[0].sshKeys[0]", (s, v) -> s.sshKey = v),
        new Field("profile.users[0].sshKeys[0]", (s, v) -> s.sshKey = Cases.KEY2 + v),
        new Field("profile.timezone", (s, v) -> s.timezone = v),
        new Field("profile.serialConsole", (s, v) -> s.console = v),
        new Field("profile.kernelArgs[0].key", (s, v) -> s.argKey = v),
        new Field("profile.kernelArgs[0].value", (s, v) -> s.argValue = v),
        new Field("profile.enrollment.role", (s, v) -> s.role = v),
        new Field("profile.enrollment.environment", (s, v) -> s.environment = v),
        new Field("server.labels[0]", (s, v) -> s.serverLabel = v),
        new Field("profile.labels[0]", (s, v) -> s.profileLabel = v),
        new Field("image.architectures", (s, v) -> s.rootfs = v),
        new Field("image.architectures", (s, v) -> s.sha256 = v));
  }

  /** What must not change: action types, chroot argv shapes, file line counts, agent kernel argument keys. */
  record Shape(List<String> actions, List<String> argKeys) {
    static Shape of(InstallConfig config) {
      DeployPlan plan = Rendering.plan(config);
      List<String> actions = new ArrayList<>();
      for (Action a : plan.actions()) {
        if (a instanceof ChrootAction c) {
          actions.add("chroot " + c.command().get(0) + " with " + c.command().size() + " words");
        } else if (a instanceof WriteFileAction w) {
          actions.add("write-file of " + w.content().split("\n", -1).length + " lines");
        } else {
          actions.add(a.type());
        }
      }
      List<String> keys = Rendering.PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)).kernelArgs().stream()
          .map(KernelArg::key).toList();
      return new Shape(actions, keys);
    }
  }

  @BeforeAll
  static void planTheBenignSpec() {
    InstallConfig config = new Spec().config();
    assertThat(Rendering.PLUGIN.validate(config)).isEmpty();
    benign = Shape.of(config);
  }

  @Test
  void theBenignSpecIsRich() {
    assertThat(benign.actions()).contains("lvm", "chroot useradd with 12 words");
  }

  @ParameterizedTest
  @MethodSource("fields")
  void hostileValuesAreRefusedOrStayData(Field field) {
    for (String hostile : HOSTILE) {
      Spec spec = new Spec();
      field.set().accept(spec, hostile);
      InstallConfig config;
      try {
        config = spec.config();
      } catch (IllegalArgumentException e) {
        continue; // the model itself refuses it (the host reports that as a config error)
      }
      List<Problem> problems = Rendering.PLUGIN.validate(config);
      if (!problems.isEmpty()) {
        assertThat(problems).as("%s = %s", field, printable(hostile))
            .anyMatch(p -> p.property().startsWith(field.property()));
        continue;
      }
      assertThat(Shape.of(config)).as("%s = %s", field, printable(hostile)).isEqualTo(benign);
    }
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : Character.toString(c)));
    return sb.toString();
  }
}
