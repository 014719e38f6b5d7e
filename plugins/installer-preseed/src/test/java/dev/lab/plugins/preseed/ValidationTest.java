package dev.lab.plugins.preseed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One rule per test: the exact property and message of what d-i 12 cannot do. */
class ValidationTest {
  private static Problem only(Consumer<Spec> change) {
    Spec spec = new Spec();
    change.accept(spec);
    InstallConfig config = spec.build();
    var problems = Rendering.PLUGIN.validate(config);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void httpsMirrorsHaveNoPreseedQuestions() {
    Problem p = only(s -> s.repository = "https://deb.debian.org/debian");
    assertThat(p.property()).isEqualTo("image.architectures.x86_64.repository");
    assertThat(p.message()).startsWith("debian-installer 12 has no preseed questions for an https mirror");
  }

  @Test
  void aStaticNetworkNeedsNameServers() {
    Spec spec = new Spec();
    InstallConfig base = spec.build();
    var net = base.server().network();
    var server = new dev.lab.api.model.Server(base.server().name(), base.server().hostname(), base.server().domain(),
        base.server().arch(), base.server().firmware(), base.server().nics(),
        new dev.lab.api.model.Network(net.interfaces(), java.util.List.of(), net.searchDomains()), null,
        base.server().labels(), null, null);
    InstallConfig config = Cases.config(server, base.profile());
    assertThat(Rendering.PLUGIN.validate(config)).containsExactly(Problem.of("server.network.nameservers",
        "a static network needs name servers: netcfg would stop and ask for them"));
  }

  @Test
  void theGatewayMustBeOnTheInterfacesNetwork() {
    assertThat(only(s -> s.gateway = "198.51.100.1")).isEqualTo(Problem.of("server.network.interfaces[3].gateway4",
        "the gateway is outside the interface's networks: netcfg would stop and ask for another"));
  }

  @Test
  void vlanNamesCarryTheirId() {
    Spec spec = new Spec();
    spec.vlanParent = "eth0";
    assertThat(Rendering.PLUGIN.validate(spec.build())).contains(Problem.of("server.network.interfaces[3].name",
        "ifupdown takes the VLAN id from the interface name: name it eth0.20 or vlan20"));
  }

  @Test
  void theXcpngLayoutIsRefused() {
    var config = Cases.config(Cases.server("x", dev.lab.api.model.Architecture.X86_64,
        dev.lab.api.model.Firmware.UEFI, null), withLayout(dev.lab.api.model.DiskLayoutKind.XCPNG));
    assertThat(Rendering.PLUGIN.validate(config)).containsExactly(Problem.of("profile.disk.layout",
        "the xcpng layout is for XCP-ng hosts; a Debian install takes lvm, direct or custom"));
  }

  private static dev.lab.api.model.Profile withLayout(dev.lab.api.model.DiskLayoutKind kind) {
    Cases.P p = new Cases.P();
    p.disk = new dev.lab.api.model.DiskLayout(null, kind, java.util.List.of(), java.util.List.of());
    return p.build();
  }

  @Test
  void lockedRootNeedsAnAdministrator() {
    Cases.P p = new Cases.P();
    p.users = java.util.List.of(new dev.lab.api.model.User("ops", null, Cases.HASH, java.util.List.of(),
        java.util.List.of(), false));
    var config = Cases.config(Cases.server("x", dev.lab.api.model.Architecture.X86_64,
        dev.lab.api.model.Firmware.UEFI, null), p.build());
    assertThat(Rendering.PLUGIN.validate(config)).containsExactly(Problem.of("profile.users",
        "root is locked (no rootPasswordHash), so a user with sudo: true is needed to administer the machine"));
  }

  @Test
  void passwordsAreCryptHashesOnly() {
    assertThat(only(s -> s.rootHash = "secret")).isEqualTo(Problem.of("profile.rootPasswordHash",
        "not a SHA-512 ($6$) or yescrypt ($y$) crypt(3) hash ('lab hash-password' makes one)"));
  }

  @Test
  void keyboardMustBeADebianInstallerKeymap() {
    assertThat(only(s -> s.keyboard = "fr")).isEqualTo(Problem.of("profile.keyboard", "debian-installer 12 has no"
        + " keyboard layout of that name; use one of its keymaps, for example us, gb, de, fr(latin9), ch(fr)"));
  }

  @Test
  void kernelArgumentsCannotAnswerInstallerQuestions() {
    assertThat(only(s -> s.argKey = "url")).isEqualTo(Problem.of("profile.kernelArgs[0].key",
        "url is set by the preseed plugin or read by debian-installer as a preseed answer"));
    assertThat(only(s -> s.argKey = "preseed/late_command").property()).isEqualTo("profile.kernelArgs[0].key");
  }

  @Test
  void bootMustNotBeALogicalVolume() {
    Spec spec = new Spec();
    spec.varMount = "/boot";
    assertThat(Rendering.PLUGIN.validate(spec.build())).contains(Problem.of(
        "profile.disk.volumeGroups[0].logicalVolumes[1].mount", "/boot must be a partition, not a logical volume"));
  }

  @Test
  void fullNamesCannotBreakTheAccountDatabase() {
    assertThat(only(s -> s.fullName1 = "Bot, Deploy")).isEqualTo(Problem.of("profile.users[1].fullName",
        "a full name is one line without ':', ',', '=', '&' or '\\', and does not start or end with a blank"));
  }

  @Test
  void aMacWrittenOnTheServerNicIsBlamedThere() {
    assertThat(only(s -> s.mac0 = "52-54-00-00-00-01")).isEqualTo(Problem.of("server.nics[0].mac",
        "not a MAC address such as 52:54:00:12:34:56"));
  }
}
