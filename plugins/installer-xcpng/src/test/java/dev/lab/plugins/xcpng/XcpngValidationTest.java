package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule per test: the exact property path and message of each refusal. */
class XcpngValidationTest {
  private static final XcpngPlugin PLUGIN = new XcpngPlugin();

  private static List<Problem> problems(TestConfig c) {
    return PLUGIN.validate(c.build());
  }

  private static void refused(TestConfig c, String property, String message) {
    assertThat(problems(c)).containsExactly(Problem.of(property, message));
  }

  @Test
  void acceptsTheDefaults() {
    assertThat(problems(new TestConfig())).isEmpty();
  }

  @Test
  void refusesAarch64NamingTheArchitectureAndTheServer() {
    TestConfig c = new TestConfig();
    c.arch = Architecture.AARCH64;
    refused(c, "server.arch", "XCP-ng 8.3 runs on x86_64 only: server 'xcp01' is aarch64, so profile 'xcp'"
        + " cannot install it; choose an x86_64 server or another profile");
  }

  @Test
  void aarch64CannotBeRenderedEither() {
    TestConfig c = new TestConfig();
    c.arch = Architecture.AARCH64;
    InstallConfig config = c.build();
    assertThatThrownBy(() -> PLUGIN.generateAnswerFiles(config, GoldenCases.TEMPLATES))
        .isInstanceOf(UnsupportedConfigException.class).hasMessageContaining("server.arch: XCP-ng 8.3 runs on x86_64 only: server 'xcp01' is aarch64");
    assertThatThrownBy(() -> PLUGIN.preparePxe(new PxeConfig(config, Firmware.UEFI)))
        .isInstanceOf(UnsupportedConfigException.class);
    assertThat(PLUGIN.supportedArchitectures()).containsExactly(Architecture.X86_64);
  }

  @Test
  void refusesAMissingHypervisor() {
    TestConfig c = new TestConfig();
    c.hypervisor = null;
    refused(c, "image.architectures.x86_64.hypervisor",
        "XCP-ng needs the Xen hypervisor (xen.gz from the ISO's boot folder)");
  }

  @Test
  void refusesAMissingKernel() {
    TestConfig c = new TestConfig();
    c.kernel = null;
    refused(c, "image.architectures.x86_64.kernel",
        "XCP-ng needs the installer's dom0 kernel (vmlinuz from the ISO's boot folder)");
  }

  @Test
  void refusesAMissingInstallImage() {
    TestConfig c = new TestConfig();
    c.installImage = null;
    refused(c, "image.architectures.x86_64.installImage",
        "XCP-ng needs the installer's root file system (install.img at the top of the ISO)");
  }

  @Test
  void refusesAMissingRepository() {
    TestConfig c = new TestConfig();
    c.repository = null;
    refused(c, "image.architectures.x86_64.repository", "XCP-ng needs the install repository (the ISO's"
        + " content or an XCP-ng mirror such as http://mirrors.xcp-ng.org/netinstall/8.3)");
  }

  @Test
  void bootFilesMustComeOverHttp() {
    TestConfig c = new TestConfig();
    c.hypervisor = "ftp://mirror.lab.example/xen.gz";
    refused(c, "image.architectures.x86_64.hypervisor",
        "'ftp://mirror.lab.example/xen.gz' is not an http or https URL without blanks or quotes");
  }

  @Test
  void theRepositoryMayBeNfs() {
    TestConfig c = new TestConfig();
    c.repository = "nfs://nas.lab.example:/export/xcp-ng/8.3/";
    assertThat(problems(c)).isEmpty();
  }

  @Test
  void refusesAnotherVersion() {
    TestConfig c = new TestConfig();
    c.version = "8.2";
    refused(c, "image.version", "'8.2' is not supported: the xcpng plugin writes XCP-ng 8.3 answer files");
  }

  @Test
  void refusesTheRootfsMethod() {
    TestConfig c = new TestConfig();
    c.method = InstallMethod.ROOTFS;
    refused(c, "profile.method", "the xcpng plugin installs with XCP-ng's own installer (native); the"
        + " rootfs method is served by the rootfs plugin");
  }

  @Test
  void refusesBonds() {
    refused(new TestConfig().bond(), "server.network.interfaces[2].kind", "bonds are not supported by"
        + " XCP-ng's installer, whose admin-interface is one NIC (optionally on a VLAN): install on one NIC"
        + " and create the bond with xe afterwards");
  }

  @Test
  void refusesASecondAddressedInterface() {
    TestConfig c = new TestConfig();
    c.serverNetwork = new Network(List.of(NetInterface.dhcp("eth0", null), NetInterface.dhcp("eth1", null)),
        List.of(), List.of());
    refused(c, "server.network.interfaces[1]", "XCP-ng's installer configures one management interface"
        + " and 'eth0' is already it: leave this one unaddressed and configure it with xe after the install");
  }

  @Test
  void refusesAnUnaddressedNetwork() {
    TestConfig c = new TestConfig();
    c.serverNetwork = new Network(List.of(TestConfig.ethernet("eth0")), List.of(), List.of());
    refused(c, "server.network.interfaces[0]", "XCP-ng needs one management interface with DHCP or a"
        + " static IPv4 address; none is addressed");
  }

  @Test
  void refusesRoutes() {
    refused(new TestConfig().withRoute(), "server.network.interfaces[0].routes",
        "XCP-ng's installer cannot add static routes: add them after the install");
  }

  @Test
  void refusesAnMtu() {
    TestConfig c = new TestConfig();
    c.serverNetwork = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(),
        null, null, null, true, List.of(), null, 9000, List.of())), List.of(), List.of());
    refused(c, "server.network.interfaces[0].mtu",
        "XCP-ng's installer cannot set an MTU: set it with xe after the install");
  }

  @Test
  void refusesAnIpv6StaticAddress() {
    TestConfig c = new TestConfig().staticAddress();
    c.serverNetwork = TestConfig.replace(c.serverNetwork, 0, new NetInterface("eth0", InterfaceKind.ETHERNET,
        null, List.of(), null, null, null, false, List.of("2001:db8::10/64"), "192.0.2.1", null, List.of()));
    refused(c, "server.network.interfaces[0].addresses[0]", "'2001:db8::10/64' is not an IPv4 address"
        + " with a prefix length such as 192.0.2.10/24 (XCP-ng's installer sets IPv4 only)");
  }

  @Test
  void refusesSeveralStaticAddresses() {
    TestConfig c = new TestConfig().staticAddress();
    c.serverNetwork = TestConfig.replace(c.serverNetwork, 0, new NetInterface("eth0", InterfaceKind.ETHERNET,
        null, List.of(), null, null, null, false, List.of("192.0.2.10/24", "192.0.2.11/24"), "192.0.2.1",
        null, List.of()));
    refused(c, "server.network.interfaces[0].addresses", "XCP-ng's installer sets one address on the"
        + " management interface; add the others after the install");
  }

  @Test
  void aStaticAddressNeedsAGateway() {
    TestConfig c = new TestConfig().staticAddress();
    c.serverNetwork = TestConfig.replace(c.serverNetwork, 0, new NetInterface("eth0", InterfaceKind.ETHERNET,
        null, List.of(), null, null, null, false, List.of("192.0.2.10/24"), null, null, List.of()));
    refused(c, "server.network.interfaces[0].gateway4",
        "XCP-ng's installer needs a gateway for a static management interface");
  }

  @Test
  void dhcpTakesNoGateway() {
    TestConfig c = new TestConfig();
    c.serverNetwork = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(),
        null, null, null, true, List.of(), "192.0.2.1", null, List.of())), List.of(), List.of());
    refused(c, "server.network.interfaces[0].gateway4", "a DHCP management interface takes its gateway"
        + " from DHCP; remove gateway4 or use a static address");
  }

  @Test
  void aVlanSitsOnAnEthernetInterfaceOfTheNetwork() {
    TestConfig c = new TestConfig().vlan();
    c.serverNetwork = TestConfig.replace(c.serverNetwork, 1, new NetInterface("eth0.20", InterfaceKind.VLAN,
        null, List.of(), null, "eth7", 20, true, List.of(), null, null, List.of()));
    refused(c, "server.network.interfaces[1].parent", "the management VLAN must sit on an ethernet"
        + " interface of this network (XCP-ng's installer tags one NIC)");
  }

  @Test
  void refusesAVlanIdOutOfRange() {
    TestConfig c = new TestConfig().vlan();
    c.serverNetwork = TestConfig.replace(c.serverNetwork, 1, new NetInterface("eth0.5000", InterfaceKind.VLAN,
        null, List.of(), null, "eth0", 5000, true, List.of(), null, null, List.of()));
    refused(c, "server.network.interfaces[1].vlanId", "a VLAN id must be between 1 and 4094");
  }

  @Test
  void namesTheProfilesNetworkWhenItIsTheOneUsed() {
    TestConfig c = new TestConfig();
    c.profileNetwork = new TestConfig().bond().serverNetwork;
    refused(c, "profile.network.interfaces[2].kind", "bonds are not supported by XCP-ng's installer,"
        + " whose admin-interface is one NIC (optionally on a VLAN): install on one NIC and create the bond"
        + " with xe afterwards");
  }

  @Test
  void theManagementNicNeedsAMac() {
    TestConfig c = new TestConfig();
    c.serverNetwork = new Network(List.of(NetInterface.dhcp("eth5", null)), List.of(), List.of());
    refused(c, "server.network.interfaces[0].mac",
        "the management NIC needs a MAC: name one of the server's NICs or give its MAC");
  }

  @Test
  void byNameNeedsADom0Name() {
    TestConfig c = new TestConfig().option(XcpngOptions.ADMIN_INTERFACE_BY, "name");
    c.serverNetwork = new Network(List.of(NetInterface.dhcp("eno1", "52:54:00:00:00:01")), List.of(), List.of());
    refused(c, "server.network.interfaces[0].name", "'eno1' is not a dom0 NIC name: XCP-ng names NICs eth0,"
        + " eth1...; use that name or set xcpng.adminInterfaceBy to mac");
  }

  @Test
  void refusesNameServersThatAreNotAddresses() {
    TestConfig c = new TestConfig().staticAddress();
    c.serverNetwork = new Network(c.serverNetwork.interfaces(), List.of("dns.lab.example"), List.of());
    refused(c, "server.network.nameservers[0]", "'dns.lab.example' is not an IP address");
  }

  @Test
  void refusesSearchDomainsOtherThanTheHostsDomain() {
    TestConfig c = new TestConfig().staticAddress();
    c.serverNetwork = new Network(c.serverNetwork.interfaces(), List.of(), List.of("lab.example", "corp.example"));
    refused(c, "server.network.searchDomains", "XCP-ng takes its DNS search domain from the host name's"
        + " domain (server.domain); its installer cannot set other search domains");
  }

  @Test
  void refusesOtherDiskLayouts() {
    TestConfig c = new TestConfig();
    c.layout = DiskLayoutKind.DIRECT;
    refused(c, "profile.disk.layout", "XCP-ng's installer lays the disk out itself (root, backup root,"
        + " storage repository, ESP, log, swap): use the default layout or xcpng");
  }

  @Test
  void acceptsTheDefaultLayout() {
    TestConfig c = new TestConfig();
    c.layout = DiskLayoutKind.LVM;
    assertThat(problems(c)).isEmpty();
  }

  @Test
  void needsAPrimaryDisk() {
    TestConfig c = new TestConfig();
    c.device = null;
    refused(c, "profile.disk.device", "XCP-ng's installer needs the disk to install on by name: set the"
        + " profile's disk device (for example sda or nvme0n1) or xcpng.primaryDisk");
  }

  @Test
  void thePrimaryDiskOptionWins() {
    TestConfig c = new TestConfig().option(XcpngOptions.PRIMARY_DISK, "nvme0n1");
    c.device = null;
    assertThat(problems(c)).isEmpty();
    assertThat(GoldenCases.render(c.build()).get(XcpngPlugin.ANSWER_FILE))
        .contains("<primary-disk>nvme0n1</primary-disk>");
  }

  @Test
  void refusesABadGuestDisk() {
    refused(new TestConfig().option(XcpngOptions.GUEST_DISKS, "sdb,,sdc"), "profile.options.xcpng.guestDisks",
        "'' is not a disk: write a kernel name such as sda or nvme0n1, or a /dev/disk/by-id/... path;"
            + " separate disks with commas");
  }

  @Test
  void theGuestDisksExcludeThePrimaryDisk() {
    refused(new TestConfig().option(XcpngOptions.GUEST_DISKS, "sdb,sda"), "profile.options.xcpng.guestDisks",
        "'sda' is the primary disk; use xcpng.srOnPrimary to put its free space into the storage repository");
  }

  @Test
  void needsARootPasswordHash() {
    TestConfig c = new TestConfig();
    c.rootPasswordHash = null;
    refused(c, "profile.rootPasswordHash", "XCP-ng needs a root password: give its SHA-512 crypt(3) hash"
        + " (lab hash-password makes one)");
  }

  @Test
  void refusesYescrypt() {
    TestConfig c = new TestConfig();
    c.rootPasswordHash = "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7";
    refused(c, "profile.rootPasswordHash", "XCP-ng 8.3's dom0 verifies SHA-512 ($6$) or SHA-256 ($5$)"
        + " crypt(3) hashes only; this is not one (yescrypt $y$ cannot log in there)");
  }

  @Test
  void acceptsSha256Crypt() {
    TestConfig c = new TestConfig();
    c.rootPasswordHash = "$5$labsalt01$Ow27lIaES5E8rCrsmW6BEAYgWtQjXp3ICeWIBN/HLdC";
    assertThat(problems(c)).isEmpty();
  }

  @Test
  void refusesABadKeymap() {
    TestConfig c = new TestConfig();
    c.keyboard = "us intl";
    refused(c, "profile.keyboard", "'us intl' is not a console keymap name such as us, uk or de-latin1");
  }

  @Test
  void refusesABadTimezone() {
    TestConfig c = new TestConfig();
    c.timezone = "../../etc/shadow";
    refused(c, "profile.timezone", "'../../etc/shadow' is not a time zone name such as Etc/UTC or Europe/Paris");
  }

  @Test
  void refusesAHostnameWithDots() {
    TestConfig c = new TestConfig();
    c.hostname = "xcp01.lab";
    refused(c, "server.hostname", "'xcp01.lab' is not a host name (letters, digits and inner dashes, at most 63)");
  }

  @Test
  void refusesUsersAndPackages() {
    TestConfig c = new TestConfig();
    c.users = List.of(new User("ops", null, null, List.of(), List.of(), true));
    c.packages = List.of("htop");
    assertThat(problems(c)).containsExactly(
        Problem.of("profile.users", "XCP-ng's dom0 has root only and its installer creates no users: manage"
            + " other accounts with OpenVox"),
        Problem.of("profile.packages", "XCP-ng's installer installs no extra packages into dom0: manage them"
            + " with OpenVox after the install"));
  }

  @Test
  void ntpServersGoWithManualOnly() {
    TestConfig c = new TestConfig().option(XcpngOptions.NTP, "dhcp");
    c.ntpServers = List.of("pool.ntp.org");
    refused(c, "profile.options.xcpng.ntp", "the profile lists NTP servers, which XCP-ng's installer"
        + " accepts only with manual; remove dhcp or the servers");
  }

  @Test
  void manualNtpNeedsServers() {
    refused(new TestConfig().option(XcpngOptions.NTP, "manual"), "profile.ntpServers",
        "NTP source manual needs at least one server");
  }

  @Test
  void dhcpNtpNeedsDhcp() {
    refused(new TestConfig().staticAddress().option(XcpngOptions.NTP, "dhcp"), "profile.options.xcpng.ntp",
        "the management interface has a static address, so no DHCP server hands out NTP servers: use"
            + " default or list servers");
  }

  @Test
  void refusesNtpNone() {
    refused(new TestConfig().option(XcpngOptions.NTP, "none"), "profile.options.xcpng.ntp", "none cannot be"
        + " used in an answer file: XCP-ng's installer then asks for the time on its console; use manual,"
        + " dhcp or default");
  }

  @Test
  void refusesABadNtpServer() {
    TestConfig c = new TestConfig();
    c.ntpServers = List.of("pool ntp org");
    refused(c, "profile.ntpServers[0]", "'pool ntp org' is not a host name or an IP address");
  }

  @Test
  void refusesUnknownOptions() {
    refused(new TestConfig().option("xcpng.srtype", "lvm"), "profile.options.xcpng.srtype",
        "unknown XCP-ng option; the options are xcpng.adminInterfaceBy, xcpng.dom0MaxVcpus, xcpng.dom0Mem,"
            + " xcpng.guestDisks, xcpng.mode, xcpng.networkBackend, xcpng.ntp, xcpng.primaryDisk,"
            + " xcpng.srOnPrimary, xcpng.srType");
  }

  @Test
  void refusesABadSrType() {
    refused(new TestConfig().option(XcpngOptions.SR_TYPE, "zfs"), "profile.options.xcpng.srType",
        "'zfs' must be lvm or ext (leave it unset for the installer's default)");
  }

  @Test
  void refusesAnUnknownMode() {
    refused(new TestConfig().option(XcpngOptions.MODE, "Upgrade"), "profile.options.xcpng.mode",
        "'Upgrade' must be fresh, reinstall, upgrade or restore");
  }

  @Test
  void refusesBadDom0Settings() {
    assertThat(problems(new TestConfig().option(XcpngOptions.DOM0_MEM, "8G max").option(XcpngOptions.DOM0_MAX_VCPUS, "0")))
        .containsExactly(
            Problem.of("profile.options.xcpng.dom0Mem", "'8G max' must be a Xen dom0_mem value such as max:8192M"
                + " or 4096M,max:8192M"),
            Problem.of("profile.options.xcpng.dom0MaxVcpus", "'0' must be a Xen dom0_max_vcpus value such as 4 or 1-16"));
  }

  @Test
  void refusesKernelArgumentsLabSets() {
    TestConfig c = new TestConfig();
    c.kernelArgs = List.of(KernelArg.of("answerfile", "http://elsewhere.example/a.xml"));
    refused(c, "profile.kernelArgs[0].key", "answerfile is set by Lab for the automatic install");
  }

  @Test
  void refusesKernelArgumentValuesTheInstallerWouldSplit() {
    TestConfig c = new TestConfig();
    c.kernelArgs = List.of(KernelArg.of("extramodules", "a b"));
    refused(c, "profile.kernelArgs[0].value", "'a b' cannot be passed: XCP-ng's installer start-up splits"
        + " its command line at blanks and quotes; use letters, digits and _ . , : / = + @ % -");
  }

  @Test
  void refusesASerialConsoleXenCannotDrive() {
    TestConfig c = new TestConfig();
    c.serialConsole = "ttyUSB0,115200";
    refused(c, "profile.serialConsole", "'ttyUSB0,115200' is not a serial console Xen can drive: write"
        + " ttyS0 to ttyS3, optionally with a baud rate such as ttyS0,115200n8");
  }

  @Test
  void refusesABadEnvironment() {
    TestConfig c = new TestConfig();
    c.enrollment = new dev.lab.api.model.Enrollment("xen_host", "Prod-1", true);
    refused(c, "profile.enrollment.environment",
        "'Prod-1' is not a Puppet environment name (lowercase letters, digits and _)");
  }

  @Test
  void refusesABadPackageRepository() {
    TestConfig c = new TestConfig();
    c.packageRepository = "file:///srv/openvox";
    refused(c, "enrollment.packageRepository", "'file:///srv/openvox' is not an http or https URL without"
        + " blanks or quotes");
  }

  @Test
  void upgradeAndRestoreNeedNoRootPassword() {
    for (String mode : List.of("upgrade", "restore")) {
      TestConfig c = new TestConfig().option(XcpngOptions.MODE, mode);
      c.rootPasswordHash = null;
      assertThat(problems(c)).as(mode).isEmpty();
    }
  }

  @Test
  void upgradeRefusesFreshInstallOptions() {
    refused(new TestConfig().option(XcpngOptions.MODE, "upgrade").option(XcpngOptions.SR_TYPE, "lvm"),
        "profile.options.xcpng.srType", "only fresh installs and re-installs use this option: upgrade keeps the host's"
            + " storage and settings");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    TestConfig c = new TestConfig().bond();
    c.arch = Architecture.AARCH64;
    c.rootPasswordHash = null;
    c.layout = DiskLayoutKind.CUSTOM;
    assertThat(problems(c)).extracting(Problem::property).containsExactly("server.arch",
        "profile.disk.layout", "server.network.interfaces[2].kind", "profile.rootPasswordHash");
  }
}
