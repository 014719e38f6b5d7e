package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Bootc;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import dev.lab.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One validation rule per test, each with the exact property path and message. */
class ValidationTest {
  private static final String IFACES = "server.network.interfaces";

  static List<Problem> problems(InstallConfig config) {
    return Rendering.PLUGIN.validate(config);
  }

  static InstallConfig withProfile(InstallConfig base, String path, Object value) {
    return Fixtures.config(base.server(), Mutate.set(base.profile(), path, value), base.image(), base.registryAuthJson());
  }

  static InstallConfig withServer(InstallConfig base, String path, Object value) {
    return Fixtures.config(Mutate.set(base.server(), path, value), base.profile(), base.image(), base.registryAuthJson());
  }

  static InstallConfig withImage(InstallConfig base, String path, Object value) {
    return Fixtures.config(base.server(), base.profile(), Mutate.set(base.image(), path, value), base.registryAuthJson());
  }

  @Test
  void everyCaseOfTheMatrixIsValid() {
    Cases.all().forEach((name, config) -> assertThat(problems(config)).as(name).isEmpty());
  }

  @Test
  void theXcpngLayoutIsRefused() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "disk.layout", DiskLayoutKind.XCPNG);
    assertThat(problems(config)).containsExactly(Problem.of("profile.disk.layout",
        "the xcpng layout is for XCP-ng hosts: kickstart installs lvm, direct or custom layouts"));
  }

  @Test
  void aBondNeedsMembers() {
    InstallConfig config = withServer(Cases.almaVlanBondCustom(), "network.interfaces[2].members", List.of());
    assertThat(problems(config)).contains(Problem.of(IFACES + "[2].members", "bond 'bond0' has no members"));
  }

  @Test
  void aBondMemberMustBeAnEthernetInterfaceOfTheNetwork() {
    InstallConfig config = withServer(Cases.almaVlanBondCustom(), "network.interfaces[2].members[1]", "eth9");
    assertThat(problems(config)).contains(Problem.of(IFACES + "[2].members[1]", "no interface is named 'eth9'"));
  }

  @Test
  void aBondMemberHasNoAddressOfItsOwn() {
    InstallConfig config = withServer(Cases.almaVlanBondCustom(), "network.interfaces[0].dhcp4", true);
    assertThat(problems(config)).containsExactly(Problem.of(IFACES + "[0].dhcp4",
        "a member of bond bond0 has no address of its own: configure DHCP on the bond"));
  }

  @Test
  void anAddressedBondCannotCarryAVlan() {
    InstallConfig config = withServer(Cases.almaVlanBondCustom(), "network.interfaces[2].addresses",
        List.of("10.1.0.10/24"));
    assertThat(problems(config)).containsExactly(Problem.of(IFACES + "[3].parent", "kickstart writes a VLAN on a"
        + " bond in the same network command as the bond, so bond bond0 cannot have an address of its own: move it"
        + " to the VLAN"));
  }

  @Test
  void aParentCarriesOneVlan() {
    InstallConfig base = Cases.almaVlanBondCustom();
    NetInterface second = new NetInterface("vlan31", InterfaceKind.VLAN, null, List.of(), null, "eth2", 31, false,
        List.of("10.31.0.10/24"), null, null, List.of());
    List<NetInterface> interfaces = new java.util.ArrayList<>(base.server().network().interfaces());
    interfaces.add(second);
    InstallConfig config = withServer(base, "network.interfaces", interfaces);
    assertThat(problems(config)).containsExactly(Problem.of(IFACES + "[6].parent", "kickstart configures one VLAN"
        + " per parent interface (pykickstart refuses a second network command for the same device), and 'eth2'"
        + " already has one"));
  }

  @Test
  void aVlanNameWithADotEndsInItsId() {
    InstallConfig config = withServer(Cases.almaVlanBondCustom(), "network.interfaces[3].name", "bond0.21");
    assertThat(problems(config)).contains(Problem.of(IFACES + "[3].name", "the installer names a VLAN with a dot"
        + " PARENT.20, or vlan20, or a name without a dot that does not start with 'vlan'"));
  }

  @Test
  void staticRoutesAreRefused() {
    InstallConfig config = withServer(Cases.fedoraStaticPlain(), "network.interfaces[0].routes",
        List.of(new Route("10.99.0.0/16", "192.0.2.254")));
    assertThat(problems(config)).containsExactly(Problem.of(IFACES + "[0].routes",
        "kickstart's network command cannot set static routes: leave them to configuration management"));
  }

  @Test
  void dhcpAndAStaticIpv4AddressDoNotMix() {
    InstallConfig config = withServer(Cases.fedoraStaticPlain(), "network.interfaces[0].dhcp4", true);
    assertThat(problems(config)).containsExactly(
        Problem.of(IFACES + "[0].addresses", "kickstart configures IPv4 by DHCP or with a static address, not both"),
        Problem.of(IFACES + "[0].gateway4", "a gateway needs a static IPv4 address on the interface"));
  }

  @Test
  void theInstallerNeedsAnAddressedInterface() {
    InstallConfig config = withServer(Cases.fedoraStaticPlain(), "network.interfaces[0].addresses", List.of());
    assertThat(problems(config)).contains(Problem.of(IFACES, "no interface has an address (DHCP or static): the"
        + " installer needs one to fetch its kickstart"));
  }

  @Test
  void theDefaultNetworkPointsAtTheServersFirstNic() {
    InstallConfig config = withServer(Cases.fedoraDhcpLvm(), "nics[0].mac", "52:54:00:12:34");
    assertThat(problems(config)).containsExactly(Problem.of("server.nics[0].mac",
        "'52:54:00:12:34' is not a MAC address such as 52:54:00:12:34:56"));
  }

  @Test
  void bootcNeedsAnInstallerWithOstreecontainer() {
    InstallConfig base = Cases.almaBootcWithAuth();
    InstallConfig config = withImage(base, "version", "9.2");
    assertThat(problems(config)).containsExactly(Problem.of("image.bootc", "almalinux 9.2 has no ostreecontainer"
        + " kickstart command: bootc images need Enterprise Linux 9.4 or later"));
  }

  @Test
  void bootcBringsItsOwnPackages() {
    InstallConfig config = withProfile(Cases.fedoraBootc(), "packages", List.of("vim"));
    assertThat(problems(config)).containsExactly(Problem.of("profile.packages", "a bootc image brings its own"
        + " packages (kickstart has no %packages with ostreecontainer): build them into the image"));
  }

  @Test
  void unreadableRegistryCredentialsAreReported() {
    InstallConfig base = Cases.almaBootcWithAuth();
    InstallConfig config = Fixtures.config(base.server(), base.profile(), base.image(), null);
    assertThat(problems(config)).containsExactly(Problem.of("image.bootc.registryAuthFile",
        "the registry credentials were not read: check that the file exists in the lab directory"));
  }

  @Test
  void aBootcPathTransportNeedsAnAbsolutePath() {
    Bootc bootc = new Bootc("quay.io/fedora/fedora-bootc:41", "oci", null, null, false, null);
    InstallConfig config = withImage(Cases.fedoraBootc(), "bootc", bootc);
    assertThat(problems(config)).containsExactly(Problem.of("image.bootc.url", "'quay.io/fedora/fedora-bootc:41'"
        + " is not an absolute path to an OCI layout or archive (for transport oci)"));
  }

  @Test
  void theInstallTreeIsRequired() {
    InstallConfig config = withImage(Cases.fedoraDhcpLvm(), "architectures.x86_64.repository", null);
    assertThat(problems(config)).containsExactly(Problem.of("image.architectures.x86_64.repository",
        "kickstart needs the install tree's URL (the repository with images/pxeboot/ and the installer's stage 2),"
            + " for example .../releases/41/Everything/x86_64/os/"));
  }

  @Test
  void theImageMustProvideTheServersArchitecture() {
    InstallConfig base = Cases.fedoraAarch64Custom();
    InstallConfig config = new InstallConfig(base.server(), base.profile(),
        Cases.fedora(null, Architecture.X86_64), base.artifacts(), base.network(), base.labels(), base.urls(),
        base.enrollment(), null);
    assertThat(problems(config)).containsExactly(Problem.of("image.architectures",
        "image fedora-41 provides no aarch64 artifacts"));
  }

  @Test
  void aarch64HasNoBios() {
    InstallConfig config = withServer(Cases.fedoraAarch64Custom(), "firmware", Firmware.BIOS);
    assertThat(problems(config)).containsExactly(Problem.of("server.firmware",
        "aarch64 machines boot with UEFI: legacy BIOS exists only on x86_64"));
  }

  @Test
  void riscv64IsNotInstalled() {
    InstallConfig base = Cases.fedoraDhcpLvm();
    Server server = Mutate.set(base.server(), "arch", Architecture.RISCV64);
    Image image = Mutate.set(base.image(), "architectures", Map.of(Architecture.RISCV64,
        Cases.artifacts("https://mirror.lab.example/fedora/41/riscv64/os/")));
    assertThat(problems(Fixtures.config(server, base.profile(), image))).containsExactly(Problem.of("server.arch",
        "the kickstart plugin installs [aarch64, x86_64], not riscv64"));
  }

  @Test
  void onlyTheRhelFamilyAndFedoraAreInstalled() {
    InstallConfig config = withImage(Cases.fedoraDhcpLvm(), "os", "debian");
    assertThat(problems(config)).containsExactly(Problem.of("image.os",
        "the kickstart plugin installs almalinux, centos, fedora, rhel, rocky, not 'debian'"));
  }

  @Test
  void olderReleasesAreRefused() {
    assertThat(problems(withImage(Cases.fedoraDhcpLvm(), "version", "40"))).containsExactly(Problem.of(
        "image.version", "Fedora 40 is not supported: the kickstart plugin installs Fedora 41 and later"));
    assertThat(problems(withImage(Cases.almaVlanBondCustom(), "version", "8.10"))).containsExactly(Problem.of(
        "image.version", "almalinux 8 is not supported: the kickstart plugin installs Enterprise Linux 9 and 10"));
    assertThat(problems(withImage(Cases.fedoraDhcpLvm(), "version", "rawhide"))).containsExactly(Problem.of(
        "image.version", "'rawhide' is not a release number such as 41 or 9.4"));
  }

  @Test
  void theRootfsMethodIsAnotherPlugins() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "method", InstallMethod.ROOTFS);
    assertThat(problems(config)).containsExactly(Problem.of("profile.method",
        "the kickstart plugin runs the OS's own installer (native); the rootfs method is another plugin's"));
  }

  @Test
  void labsOwnInstallerArgumentsCannotBeOverridden() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "kernelArgs",
        List.of(KernelArg.of("inst.ks", "http://evil.example/ks.cfg")));
    assertThat(problems(config)).containsExactly(Problem.of("profile.kernelArgs[0].key",
        "Lab sets inst.ks itself for the installer"));
  }

  @Test
  void kernelArgumentValuesHaveNoBlanks() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "kernelArgs", List.of(KernelArg.of("a", "b c")));
    assertThat(problems(config)).containsExactly(Problem.of("profile.kernelArgs[0].value", "'b c' is not a kernel"
        + " argument value Lab writes: use letters, digits and _ . , : / = + @ % - (no blanks or quotes)"));
  }

  @Test
  void bootCannotBeOnLvm() {
    InstallConfig config = withProfile(Cases.almaVlanBondCustom(), "disk.volumeGroups[0].logicalVolumes[1].mount",
        "/boot");
    assertThat(problems(config)).contains(Problem.of(
        "profile.disk.volumeGroups[0].logicalVolumes[1].mount", "/boot cannot be on LVM: make it a partition"));
  }

  @Test
  void theEfiSystemPartitionIsLeftToReqpart() {
    InstallConfig config = withProfile(Cases.fedoraAarch64Custom(), "disk.partitions[0]",
        new Partition("/boot/efi", Size.parse("600MiB"), "vfat", null));
    assertThat(problems(config)).containsExactly(Problem.of("profile.disk.partitions[0].mount",
        "kickstart creates the firmware's boot partitions itself (reqpart): leave /boot/efi out"));
  }

  @Test
  void aCustomLayoutNeedsARoot() {
    InstallConfig config = withProfile(Cases.fedoraAarch64Custom(), "disk.partitions[2].mount", "/srv");
    assertThat(problems(config)).containsExactly(Problem.of("profile.disk.partitions",
        "a custom layout needs a partition or logical volume mounted at /"));
  }

  @Test
  void onlyOnePartitionTakesTheRest() {
    InstallConfig config = withProfile(Cases.fedoraAarch64Custom(), "disk.partitions[1].size", Size.remaining());
    assertThat(problems(config)).containsExactly(Problem.of("profile.disk.partitions[2].size",
        "only one partition can take the rest of the disk"));
  }

  @Test
  void aPartitionOfAnUnknownVolumeGroupIsRefused() {
    InstallConfig config = withProfile(Cases.almaVlanBondCustom(), "disk.partitions[2].volumeGroup", "vg9");
    assertThat(problems(config)).contains(Problem.of("profile.disk.partitions[2].volumeGroup",
        "no volume group is named 'vg9'"));
  }

  @Test
  void partitionsOutsideACustomLayoutAreNotDroppedSilently() {
    Profile base = Cases.fedoraAarch64Custom().profile();
    InstallConfig config = withProfile(Cases.fedoraAarch64Custom(), "disk.layout", DiskLayoutKind.LVM);
    assertThat(base.disk().partitions()).isNotEmpty();
    assertThat(problems(config)).containsExactly(Problem.of("profile.disk.partitions",
        "partitions are only used by the custom layout, not by lvm"));
  }

  @Test
  void rootIsNotAUser() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "users[0].name", "root");
    assertThat(problems(config)).containsExactly(Problem.of("profile.users[0].name",
        "root is configured by rootPasswordHash, not as a user"));
  }

  @Test
  void passwordsAreCryptHashesOnly() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "rootPasswordHash", "hunter2");
    assertThat(problems(config)).containsExactly(Problem.of("profile.rootPasswordHash", "not a crypt(3) password"
        + " hash: give a yescrypt ($y$), SHA-512 ($6$), SHA-256 ($5$) or bcrypt hash, for example from 'lab"
        + " hash-password'"));
  }

  @Test
  void unknownOptionsAreRefusedAndOtherPluginsOptionsLeftAlone() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "options",
        Map.of("kickstart.firewal", "enabled", "preseed.tasks", "standard", "kickstart.selinux", "on"));
    assertThat(problems(config)).containsExactly(
        Problem.of("profile.options.kickstart.firewal", "the kickstart plugin has no option 'kickstart.firewal':"
            + " its options are kickstart.firewall, kickstart.selinux"),
        Problem.of("profile.options.kickstart.selinux", "'on' is not valid for kickstart.selinux: use one of"
            + " disabled, enforcing, permissive"));
  }

  @Test
  void everyProblemIsReportedTogether() {
    InstallConfig base = Cases.fedoraDhcpLvm();
    InstallConfig config = withProfile(withProfile(base, "timezone", "Mars/Olympus Mons"), "locale", "klingon");
    assertThat(problems(config)).extracting(Problem::property)
        .containsExactly("profile.locale", "profile.timezone");
  }

  @Test
  void renderingRevalidates() {
    InstallConfig config = withProfile(Cases.fedoraDhcpLvm(), "packages", List.of("vim\n%end\n%post\nreboot"));
    assertThatThrownBy(() -> Rendering.PLUGIN.generateAnswerFiles(config, Rendering.TEMPLATES))
        .isInstanceOf(UnsupportedConfigException.class)
        .hasMessage("profile.packages[0]: 'vim<U+000A>%end<U+000A>%post<U+000A>reboot' is not a package name,"
            + " @group or @^environment");
    assertThatThrownBy(() -> Rendering.PLUGIN.preparePxe(new dev.lab.api.model.PxeConfig(config, Firmware.UEFI)))
        .isInstanceOf(UnsupportedConfigException.class);
  }
}
