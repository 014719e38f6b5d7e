package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Route;
import dev.lab.api.model.Size;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import dev.lab.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One validation rule per case: the configuration breaks exactly that rule, with that message. */
class ValidationTest {
  private static final AutoinstallPlugin PLUGIN = new AutoinstallPlugin();

  private static Arguments rule(String name, Scenarios.Scenario scenario, String property, String message) {
    return Arguments.of(Named.of(name, scenario), Problem.of(property, message));
  }

  private static Scenarios.Scenario profile(Scenarios.Scenario base, Consumer<ProfileBuilder> p) {
    return base.with(s -> { }, p);
  }

  private static Scenarios.Scenario server(Scenarios.Scenario base, Consumer<ServerBuilder> s) {
    return base.with(s, p -> { });
  }

  private static Scenarios.Scenario image(Scenarios.Scenario base, Image image) {
    return new Scenarios.Scenario(base.name(), base.server(), base.profile(), image);
  }

  private static Scenarios.Scenario users(UnaryOperator<List<User>> change) {
    return profile(Scenarios.severalUsers(), p -> p.users = change.apply(new ArrayList<>(p.users)));
  }

  private static Scenarios.Scenario user(int index, UnaryOperator<User> change) {
    return users(list -> {
      list.set(index, change.apply(list.get(index)));
      return list;
    });
  }

  private static User named(User u, String name) {
    return new User(name, u.fullName(), u.passwordHash(), u.groups(), u.sshKeys(), u.sudo());
  }

  private static Scenarios.Scenario iface(int index, UnaryOperator<NetInterface> change) {
    return server(Scenarios.bondVlan(), s -> {
      List<NetInterface> list = new ArrayList<>(s.network.interfaces());
      list.set(index, change.apply(list.get(index)));
      s.network = new Network(list, s.network.nameservers(), s.network.searchDomains());
    });
  }

  private static NetInterface copy(NetInterface i, String name, String mac, List<String> members, String mode,
      String parent, Integer vlan, List<String> addresses, String gateway, Integer mtu, List<Route> routes) {
    return new NetInterface(name, i.kind(), mac, members, mode, parent, vlan, i.dhcp4(), addresses, gateway, mtu,
        routes);
  }

  private static Scenarios.Scenario disk(Firmware firmware, UnaryOperator<DiskLayout> change) {
    return profile(Scenarios.customLvm(firmware), p -> p.disk = change.apply(p.disk));
  }

  private static DiskLayout partitions(DiskLayout d, Partition... parts) {
    return new DiskLayout(d.device(), d.layout(), List.of(parts), d.volumeGroups());
  }

  private static DiskLayout groups(DiskLayout d, VolumeGroup... groups) {
    return new DiskLayout(d.device(), d.layout(), d.partitions(), List.of(groups));
  }

  private static Partition part(String mount, String size, String fstype, String vg) {
    return new Partition(mount, Size.parse(size), fstype, vg);
  }

  private static VolumeGroup vg0(LogicalVolume... lvs) {
    return new VolumeGroup("vg0", List.of(lvs));
  }

  private static LogicalVolume lv(String name, String mount, String size, String fstype) {
    return new LogicalVolume(name, mount, Size.parse(size), fstype);
  }

  private static Image artifacts(UnaryOperator<ImageArtifacts> change) {
    Image base = Scenarios.ubuntu(null, Architecture.X86_64);
    return new Image(base.name(), base.os(), base.version(), null,
        Map.of(Architecture.X86_64, change.apply(base.architectures().get(Architecture.X86_64))), null);
  }

  private static Image release(String os, String version) {
    Image base = Scenarios.ubuntu(null, Architecture.X86_64);
    return new Image(base.name(), os, version, null, base.architectures(), null);
  }

  static Stream<Arguments> rules() {
    Scenarios.Scenario base = Scenarios.dhcpLvm();
    String loginName = "must be a login name: a lowercase letter or '_', then lowercase letters, digits, '_' or '-',"
        + " at most 32 characters";
    String lvmName = "must be an LVM name: letters, digits, '_', '.', '+' or '-', not starting with '-', at most 63"
        + " characters";
    return Stream.of(
        // identity
        rule("host name", server(base, s -> s.hostname = "web_01"), "server.hostname",
            "must be a host name label (RFC 1123): letters, digits and inner dashes, at most 63 characters"),
        rule("domain", server(base, s -> s.domain = "lab..example"), "server.domain",
            "must be a DNS domain: labels of letters, digits and inner dashes separated by dots"),
        rule("root password", profile(base, p -> p.rootPasswordHash = "hunter2"), "profile.rootPasswordHash",
            "must be a crypt(3) hash such as $6$... or $y$... ('lab hash-password' makes one)"),
        rule("login name", user(1, u -> named(u, "Alice")), "profile.users[1].name", loginName),
        rule("reserved login name", user(1, u -> named(u, "admin")), "profile.users[1].name",
            "'admin' is a system account or group Ubuntu reserves: choose another login name"),
        rule("duplicate user", user(2, u -> named(u, "alice")), "profile.users[2].name",
            "user 'alice' is listed twice"),
        rule("full name", user(1, u -> new User(u.name(), "Alice: admin", u.passwordHash(), u.groups(), u.sshKeys(),
            u.sudo())), "profile.users[1].fullName",
            "must be one line of at most 256 characters without ':' (the passwd field separator)"),
        rule("user password", user(2, u -> new User(u.name(), u.fullName(), "bob-secret", u.groups(), u.sshKeys(),
            u.sudo())), "profile.users[2].passwordHash",
            "must be a crypt(3) hash such as $6$... or $y$... ('lab hash-password' makes one)"),
        rule("group", user(2, u -> new User(u.name(), u.fullName(), u.passwordHash(), List.of("Video"), u.sshKeys(),
            u.sudo())), "profile.users[2].groups[0]", "must be a group name: a lowercase letter or '_', then"
            + " lowercase letters, digits, '_' or '-', at most 32 characters"),
        rule("ssh key with options", user(1, u -> new User(u.name(), u.fullName(), u.passwordHash(), u.groups(),
            List.of("command=\"/bin/sh\" " + Scenarios.ALICE_KEY), u.sudo())), "profile.users[1].sshKeys[0]",
            "must be one OpenSSH public key line: type (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256...), base64 key"
                + " and an optional comment, without options"),
        rule("identity without password", users(list -> List.of(list.get(1))), "profile.users[0].passwordHash",
            "the first user becomes subiquity's identity user, which needs a password hash: give one, or list a"
                + " user with one first"),
        rule("identity without sudo", users(list -> List.of(list.get(2))), "profile.users[0].sudo",
            "the first user becomes subiquity's identity user, which subiquity always makes an administrator: set"
                + " sudo: true, or list a sudo user first"),
        // network
        rule("interface name", iface(3, i -> copy(i, "bond0 20", i.mac(), i.members(), i.bondMode(), i.parent(),
            i.vlanId(), i.addresses(), i.gateway4(), i.mtu(), i.routes())), "server.network.interfaces[3].name",
            "must be an interface name: a letter or digit, then letters, digits, '_', '.' or '-', at most 15"
                + " characters"),
        rule("ethernet named match", server(base, s -> s.network = new Network(List.of(NetInterface.dhcp("match",
            "52:54:00:12:34:56")), List.of(), List.of())), "server.network.interfaces[0].name",
            "'match' cannot name an ethernet interface: subiquity's schema reads it as netplan's match keyword"),
        rule("mac", server(base, s -> s.network = new Network(List.of(NetInterface.dhcp("eth0", "52:54:00:12:34")),
            List.of(), List.of())), "server.network.interfaces[0].mac",
            "must be a MAC address such as 52:54:00:12:34:56"),
        rule("ethernet without mac", profile(base, p -> p.network = new Network(List.of(NetInterface.dhcp("eth9",
            null)), List.of(), List.of())), "profile.network.interfaces[0].mac",
            "an ethernet interface needs a MAC (netplan matches it by MAC): give one, or name one of the server's"
                + " NICs"),
        rule("bond member", iface(2, i -> copy(i, i.name(), null, List.of("eno1", "bond0.20"), i.bondMode(), null,
            null, i.addresses(), null, i.mtu(), i.routes())), "server.network.interfaces[2].members[1]",
            "must name an ethernet interface of this network"),
        rule("addressed bond member", iface(1, i -> copy(i, i.name(), i.mac(), i.members(), null, null, null,
            List.of("192.0.2.9/24"), null, i.mtu(), i.routes())), "server.network.interfaces[2].members[1]",
            "member 'eno2' has addressing of its own: a bond member carries no address, gateway or route (give"
                + " them to the bond)"),
        rule("bond mode", iface(2, i -> copy(i, i.name(), null, i.members(), "lacp", null, null, i.addresses(), null,
            i.mtu(), i.routes())), "server.network.interfaces[2].bondMode",
            "must be one of [802.3ad, active-backup, balance-alb, balance-rr, balance-tlb, balance-xor, broadcast]"),
        rule("vlan id", iface(3, i -> copy(i, i.name(), null, i.members(), null, i.parent(), 4095, i.addresses(),
            i.gateway4(), i.mtu(), i.routes())), "server.network.interfaces[3].vlanId",
            "a VLAN needs an 802.1Q id from 1 to 4094"),
        rule("vlan parent", iface(3, i -> copy(i, i.name(), null, i.members(), null, "bond9", i.vlanId(),
            i.addresses(), i.gateway4(), i.mtu(), i.routes())), "server.network.interfaces[3].parent",
            "a VLAN needs a parent: an ethernet or bond interface of this network"),
        rule("address", iface(3, i -> copy(i, i.name(), null, i.members(), null, i.parent(), i.vlanId(),
            List.of("198.51.100.20"), i.gateway4(), i.mtu(), i.routes())), "server.network.interfaces[3].addresses[0]",
            "must be an address with a prefix length, such as 192.0.2.10/24"),
        rule("gateway", iface(3, i -> copy(i, i.name(), null, i.members(), null, i.parent(), i.vlanId(),
            i.addresses(), "198.51.100.256", i.mtu(), i.routes())), "server.network.interfaces[3].gateway4",
            "must be an IPv4 address"),
        rule("second gateway", iface(2, i -> copy(i, i.name(), null, i.members(), i.bondMode(), null, null,
            i.addresses(), "192.0.2.1", i.mtu(), i.routes())), "server.network.interfaces[3].gateway4",
            "a second default gateway: only one interface can carry the default route"),
        rule("mtu", iface(2, i -> copy(i, i.name(), null, i.members(), i.bondMode(), null, null, i.addresses(),
            null, 67, i.routes())), "server.network.interfaces[2].mtu", "must be from 68 to 65535"),
        rule("route", iface(3, i -> copy(i, i.name(), null, i.members(), null, i.parent(), i.vlanId(),
            i.addresses(), i.gateway4(), i.mtu(), List.of(new Route("10.20.0.0", "198.51.100.254")))),
            "server.network.interfaces[3].routes[0].to", "must be a network such as 10.20.0.0/16"),
        rule("nameserver", server(Scenarios.bondVlan(), s -> s.network = new Network(s.network.interfaces(),
            List.of("dns.lab.example"), List.of())), "server.network.nameservers[0]",
            "must be an IPv4 or IPv6 address"),
        rule("search domain", profile(base, p -> p.network = new Network(List.of(), List.of(), List.of("-lab"))),
            "profile.network.searchDomains[0]", "must be a DNS domain"),
        rule("nothing addressed", server(base, s -> s.network = new Network(List.of(new NetInterface("eth0",
            InterfaceKind.ETHERNET, null, List.of(), null, null, null, false, List.of(), null, null, List.of())),
            List.of(), List.of())), "server.network.interfaces", "no interface takes an address: the installer"
            + " needs DHCP or a static address to fetch the ISO and its answer file"),
        // disk
        rule("wwn disk", profile(base, p -> p.disk = new DiskLayout("/dev/disk/by-id/wwn-0x5000c500a1b2c3d4",
            DiskLayoutKind.LVM, List.of(), List.of())), "profile.disk.device", "subiquity can only select a disk"
            + " by-id through its serial number: use an ata-, nvme-, scsi-, usb- or virtio- link with the serial,"
            + " a by-path link or the kernel name"),
        rule("partition as disk", profile(base, p -> p.disk = new DiskLayout("/dev/sda1", DiskLayoutKind.DIRECT,
            List.of(), List.of())), "profile.disk.device", "'sda1' is a partition: name the whole disk"),
        rule("xcpng layout", profile(base, p -> p.disk = new DiskLayout(null, DiskLayoutKind.XCPNG, List.of(),
            List.of())), "profile.disk.layout", "the xcpng layout is XCP-ng's own: Ubuntu takes lvm, direct or custom"),
        rule("partitions of lvm", disk(Firmware.UEFI, d -> new DiskLayout(null, DiskLayoutKind.LVM, d.partitions(),
            List.of())), "profile.disk.partitions", "partitions apply only to the custom layout, not to lvm"),
        rule("rest not last", disk(Firmware.UEFI, d -> partitions(d, part("/boot", "rest", "ext4", null),
            part(null, "100GiB", null, "vg0"))), "profile.disk.partitions[0].size",
            "only the last partition can take the rest of the space"),
        rule("mounted physical volume", disk(Firmware.UEFI, d -> partitions(d, part("/boot", "1GiB", "ext4", null),
            part("/srv", "rest", null, "vg0"))), "profile.disk.partitions[1].mount",
            "a physical volume of a volume group is neither formatted nor mounted"),
        rule("unknown volume group", disk(Firmware.UEFI, d -> partitions(d, part("/boot", "1GiB", "ext4", null),
            part(null, "100GiB", null, "vg0"), part(null, "rest", null, "vg1"))), "profile.disk.partitions[2].volumeGroup",
            "names no volume group of this layout"),
        rule("volume group without partition", disk(Firmware.UEFI, d -> groups(partitions(d,
            part("/boot", "1GiB", "ext4", null), part("/", "rest", "ext4", null)), vg0(lv("srv", "/srv", "rest", "xfs")))),
            "profile.disk.volumeGroups[0]",
            "volume group 'vg0' has no partition: give a partition volumeGroup: vg0"),
        rule("no root", disk(Firmware.UEFI, d -> groups(d, vg0(lv("srv", "/srv", "rest", "xfs")))),
            "profile.disk.partitions", "a custom layout needs a partition or logical volume mounted at /"),
        rule("mounted twice", disk(Firmware.UEFI, d -> groups(d, vg0(lv("root", "/", "20GiB", "ext4"),
            lv("boot", "/boot", "rest", "ext4")))), "profile.disk.volumeGroups[0].logicalVolumes[1].mount",
            "/boot is mounted twice"),
        rule("esp on lvm", disk(Firmware.UEFI, d -> groups(d, vg0(lv("root", "/", "20GiB", "ext4"),
            lv("efi", "/boot/efi", "rest", "vfat")))), "profile.disk.volumeGroups[0].logicalVolumes[1].mount",
            "the EFI system partition must be a partition, not a logical volume"),
        rule("esp not vfat", disk(Firmware.UEFI, d -> partitions(d, part("/boot/efi", "1GiB", "ext4", null),
            part(null, "rest", null, "vg0"))), "profile.disk.partitions[0].fstype",
            "the EFI system partition must be vfat"),
        rule("filesystem", disk(Firmware.UEFI, d -> partitions(d, part("/boot", "1GiB", "zfs", null),
            part(null, "rest", null, "vg0"))), "profile.disk.partitions[0].fstype",
            "must be one of [btrfs, ext2, ext3, ext4, swap, vfat, xfs]"),
        rule("swap elsewhere", disk(Firmware.UEFI, d -> partitions(d, part("/boot", "1GiB", "swap", null),
            part(null, "rest", null, "vg0"))), "profile.disk.partitions[0].fstype",
            "swap is the filesystem of mount 'swap' and of nothing else"),
        rule("logical volume without mount", disk(Firmware.UEFI, d -> groups(d, vg0(lv("root", "/", "20GiB", "ext4"),
            new LogicalVolume("data", null, Size.remaining(), "xfs")))),
            "profile.disk.volumeGroups[0].logicalVolumes[1].mount", "a logical volume needs a mount point or 'swap'"),
        rule("system mount", disk(Firmware.UEFI, d -> groups(d, vg0(lv("root", "/", "20GiB", "ext4"),
            lv("proc", "/proc", "rest", "ext4")))), "profile.disk.volumeGroups[0].logicalVolumes[1].mount",
            "must be an absolute path of plain names (not /proc, /sys, /dev or /run) or 'swap'"),
        rule("logical volume name", disk(Firmware.UEFI, d -> groups(d, vg0(lv("-root", "/", "rest", "ext4")))),
            "profile.disk.volumeGroups[0].logicalVolumes[0].name", lvmName),
        // platform
        rule("riscv64", image(server(base, s -> {
          s.arch = Architecture.RISCV64;
          s.firmware = Firmware.UEFI;
        }), riscvImage()), "server.arch", "Ubuntu autoinstall serves x86_64 and aarch64, not riscv64"),
        rule("aarch64 on bios", server(Scenarios.dhcpAarch64(), s -> s.firmware = Firmware.BIOS), "server.firmware",
            "aarch64 machines boot with UEFI: legacy BIOS exists only on x86_64"),
        rule("rootfs method", profile(base, p -> p.method = InstallMethod.ROOTFS), "profile.method",
            "the autoinstall plugin installs with Ubuntu's own installer: use method native"),
        rule("other os", image(base, release("debian", "24.04")), "image.os",
            "the autoinstall plugin installs Ubuntu, not debian"),
        rule("other release", image(base, release("ubuntu", "22.04")), "image.version",
            "the autoinstall plugin installs Ubuntu 24.04 (24.04 or a point release such as 24.04.2)"),
        rule("no iso", image(base, artifacts(a -> new ImageArtifacts(a.kernel(), a.initrds(), null, null, null, null,
            null, null, null))), "image.architectures",
            "no x86_64 iso: the live-server kernel loads the installer from the ISO (url=)"),
        rule("no kernel", image(base, artifacts(a -> new ImageArtifacts(null, a.initrds(), null, a.iso(), null, null,
            null, null, null))), "image.architectures",
            "no x86_64 kernel: autoinstall netboots the live-server ISO's casper/vmlinuz"),
        rule("no initrd", image(base, artifacts(a -> new ImageArtifacts(a.kernel(), List.of(), null, a.iso(), null,
            null, null, null, null))), "image.architectures",
            "no x86_64 initrd: autoinstall netboots the live-server ISO's casper/initrd"),
        rule("iso with blanks", image(base, artifacts(a -> new ImageArtifacts(a.kernel(), a.initrds(), null,
            "http://lab.example/ubuntu live.iso", null, null, null, null, null))), "image.architectures",
            "the x86_64 iso must be an http(s) URL without blanks or quotes"),
        // system
        rule("locale", profile(base, p -> p.locale = "en-US"), "profile.locale",
            "must be a locale such as en_US.UTF-8 or C.UTF-8"),
        rule("keyboard", profile(base, p -> p.keyboard = "de-nodeadkeys"), "profile.keyboard",
            "must be an XKB layout such as us or de, optionally with a variant in parentheses: de(nodeadkeys)"),
        rule("time zone", profile(base, p -> p.timezone = "Europe/../Paris"), "profile.timezone",
            "must be a time zone name such as Etc/UTC or Europe/Paris"),
        rule("ntp server", profile(base, p -> p.ntpServers = List.of("ntp_1.lab")), "profile.ntpServers[0]",
            "must be a host name or an IP address"),
        rule("ntp twice", profile(base, p -> p.ntpServers = List.of("pool.ntp.org", "pool.ntp.org")),
            "profile.ntpServers[1]", "NTP server pool.ntp.org is listed twice"),
        rule("package", profile(base, p -> p.packages = List.of("vim", "Vim")), "profile.packages[1]",
            "must be a Debian package name (lowercase letters, digits, '+', '-', '.'), optionally with =version"),
        rule("kernel arg set by Lab", profile(base, p -> p.kernelArgs = List.of(KernelArg.of("url", "http://x/"))),
            "profile.kernelArgs[0].key", "'url' is set by Lab to netboot the installer"),
        rule("kernel arg value", profile(base, p -> p.kernelArgs = List.of(KernelArg.of("quiet", "a b"))),
            "profile.kernelArgs[0].value", "must be letters, digits and _ . , : / @ % + = - only: the installed"
            + " system gets it through GRUB's shell-syntax configuration"),
        rule("serial console", profile(base, p -> p.serialConsole = "/dev/ttyS0"), "profile.serialConsole",
            "must be a console device with optional settings, such as ttyS0,115200n8 or ttyAMA0"),
        rule("label", profile(base, p -> p.labels = List.of("web,db")), "profile.labels[0]",
            "must be one line of text without commas (labels travel comma-separated in the enrollment"
                + " certificate request)"),
        rule("role", profile(base, p -> p.enrollment = new Enrollment("web server", null, true)),
            "profile.enrollment.role", "must be letters, digits, '_', ':', '.' or '-', such as webserver or"
            + " role::web"),
        rule("environment", profile(base, p -> p.enrollment = new Enrollment(null, "pro-duction", true)),
            "profile.enrollment.environment", "must be an OpenVox environment name: letters, digits and '_'"),
        // options
        rule("unknown option", profile(base, p -> p.options.put("kickstart.bootloader", "x")),
            "profile.options.kickstart.bootloader",
            "is not an autoinstall option: the plugin knows only autoinstall.bond.<bond>.<parameter>"),
        rule("option for no bond", profile(Scenarios.bondVlan(), p -> p.options.put("autoinstall.bond.eno1.mode", "x")),
            "profile.options.autoinstall.bond.eno1.mode", "names no bond interface of this machine's network: write"
            + " autoinstall.bond.<bond>.<parameter> with <bond> one of its bonds"),
        rule("bond parameter", profile(Scenarios.bondVlan(), p -> p.options.put("autoinstall.bond.bond0.mode",
            "802.3ad")), "profile.options.autoinstall.bond.bond0.mode", "is not a netplan bond parameter Lab"
            + " supports: use one of " + BondParameter.keys()),
        rule("bond parameter value", profile(Scenarios.bondVlan(), p -> p.options.put(
            "autoinstall.bond.bond0.mii-monitor-interval", "1s")),
            "profile.options.autoinstall.bond.bond0.mii-monitor-interval",
            "must be a whole number from 0 to 1000000"),
        rule("bond primary", profile(Scenarios.bondVlan(), p -> p.options.put("autoinstall.bond.bond0.primary",
            "eno3")), "profile.options.autoinstall.bond.bond0.primary",
            "must name one of the bond's members [eno1, eno2]"));
  }

  private static Image riscvImage() {
    Image base = Scenarios.ubuntu(null, Architecture.X86_64);
    return new Image(base.name(), base.os(), base.version(), null,
        Map.of(Architecture.RISCV64, base.architectures().get(Architecture.X86_64)), null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void refusesWithOneProblemNamingTheProperty(Scenarios.Scenario scenario, Problem expected) {
    assertThat(PLUGIN.validate(scenario.config())).containsExactly(expected);
  }

  @Test
  void reportsEveryProblemTogether() {
    Scenarios.Scenario sc = Scenarios.dhcpLvm().with(s -> s.hostname = "web_01", p -> {
      p.locale = "en-US";
      p.packages = List.of("Vim");
    });
    assertThat(PLUGIN.validate(sc.config())).extracting(Problem::property)
        .containsExactlyInAnyOrder("server.hostname", "profile.locale", "profile.packages[0]");
  }

  @Test
  void renderingARefusedConfigurationThrowsItsProblems() {
    Scenarios.Scenario sc = Scenarios.dhcpLvm().with(s -> { }, p -> p.locale = "en-US");
    assertThatThrownBy(() -> PLUGIN.generateAnswerFiles(sc.config(), GoldenFilesTest.templates()))
        .isInstanceOfSatisfying(UnsupportedConfigException.class, e -> assertThat(e.problems())
            .containsExactly(Problem.of("profile.locale", "must be a locale such as en_US.UTF-8 or C.UTF-8")));
  }

  @Test
  void theDefaultNetworkNamesTheServersFirstNic() {
    Scenarios.Scenario sc = Scenarios.dhcpLvm().with(s -> s.nics = List.of(new dev.lab.api.model.Nic("eth0",
        "52-54-00-12-34-56")), p -> { });
    assertThat(PLUGIN.validate(Fixtures.config(sc.server().build(), sc.profile().build(), sc.image())))
        .containsExactly(Problem.of("server.nics[0].mac", "must be a MAC address such as 52:54:00:12:34:56"));
  }
}
