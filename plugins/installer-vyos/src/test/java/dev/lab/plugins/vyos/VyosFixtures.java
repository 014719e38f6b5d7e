package dev.lab.plugins.vyos;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import dev.lab.testkit.Fixtures;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** VyOS images, profiles and servers for the plugin's tests, and the golden cases built from them. */
final class VyosFixtures {
  static final String ALICE_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILqGIIz9bv10gqvcz5xqGCTzJbMX3S2bOVnutJA5l7vG alice@laptop";
  static final String BOB_KEY = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBBkgX0jY"
      + "o3K8uXaB31M1W4AQX0awWmsx682GggkDURk6k0okty1xldmgtVaLLg+99S3YcqiwIE6ocgIDs4RpOEU= bob backup key";
  static final String CI_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCxzDQrdoZehKpFiISU2hhEv81HSyvyJTz3EFEs8DX2+ds"
      + "0ibCXYM/74zEJaEE/vN35uADhzi96XGxuqva1dmAg7w5C3ys9ocMxb+6E/hShcWHDp07qGh9UjWycAxdQdbJyJ+hmubwZs7rpXEp"
      + "ft4lpEjNgHAVK0sxFjkxbLv8WdIws0mCyfAwSvd/LCcqSN/8HPpFDRoyYYoUw18BBfu/9SgdtEKzN3jGDSda89jvUGek1IrRFKpL"
      + "hCpBj9rprNL/B8fH0Arzpml6ZN11+zPT145m7pEZ7EJFYZiGLLVBTnneUCEbPeDTjQoP6M285A+lHYuKLzRPLcFK2xBfi2DRr ci@lab";
  static final String SHA512 = "$6$labsalt0$y63g9fIxhILDgWsh28cxxzBTNLKtKM3rwmacziqOwBRBhT5IMR8QYhxq4vFoph8h4h"
      + "WZpxynLiL/RWPNiFUNt.";
  static final String SHA256 = "$5$labsalt1$IqTcINUUw86btlm4BEf4kk/7je1cwewA9LbTI0vimk3";
  static final String MAC0 = "52:54:00:12:34:56";
  static final String MAC1 = "52:54:00:12:34:57";

  private VyosFixtures() {}

  /** @return the VyOS 1.4.0 image with live artifacts for x86_64 and aarch64 */
  static Image image() {
    Map<Architecture, ImageArtifacts> arches = new EnumMap<>(Architecture.class);
    for (Architecture a : List.of(Architecture.X86_64, Architecture.AARCH64)) {
      String p = "vyos-1.4.0/" + a.id() + "/live/";
      arches.put(a, new ImageArtifacts(p + "vmlinuz", List.of(p + "initrd.img"), null, null,
          p + "filesystem.squashfs", null, null, null, null));
    }
    return new Image("vyos-1.4", "vyos", "1.4.0", null, arches, null);
  }

  static User ops() {
    return new User("ops", "Network Operations", SHA512, List.of(), List.of(ALICE_KEY), true);
  }

  /** @return the router profile: one user, default time zone and NTP, no network of its own */
  static Profile profile() {
    return profile(List.of(ops()), null);
  }

  static Profile profile(List<User> users, Network network) {
    return new Profile("router", "vyos-1.4", InstallMethod.NATIVE, DiskLayout.automatic(), network, null,
        users, List.of(), null, null, "Etc/UTC", List.of(), List.of("edge"), List.of(), null,
        new Enrollment("router", "production", true), Map.of());
  }

  static Server server(String name, Architecture arch, List<Nic> nics, Network network) {
    return new Server(name, null, "lab.example", arch, Firmware.UEFI, nics, network, null, List.of("rack1"),
        null, null);
  }

  static InstallConfig config(Server server, Profile profile) {
    return Fixtures.config(server, profile, image());
  }

  static NetInterface ethernet(String name, String mac, boolean dhcp, List<String> addresses, String gateway) {
    return new NetInterface(name, InterfaceKind.ETHERNET, mac, List.of(), null, null, null, dhcp, addresses,
        gateway, null, List.of());
  }

  static NetInterface member(String name, String mac) {
    return ethernet(name, mac, false, List.of(), null);
  }

  /** @return every golden case by name, in order */
  static Map<String, InstallConfig> goldenCases() {
    Map<String, InstallConfig> cases = new LinkedHashMap<>();
    List<Nic> oneNic = List.of(new Nic("eth0", MAC0));
    List<Nic> twoNics = List.of(new Nic("eth0", MAC0), new Nic("eth1", MAC1));

    cases.put("dhcp-x86_64", config(server("rtr01", Architecture.X86_64, oneNic, null), profile()));

    Network staticNet = new Network(List.of(new NetInterface("eth0", InterfaceKind.ETHERNET, null, List.of(),
        null, null, null, false, List.of("192.0.2.10/24", "2001:db8::10/64"), "192.0.2.1", 9000,
        List.of(new Route("10.20.0.0/16", "192.0.2.254"), new Route("2001:db8:100::/48", "2001:db8::1")))),
        List.of("192.0.2.53", "2001:db8::53"), List.of("lab.example", "corp.example"));
    Profile staticProfile = new Profile("router-static", "vyos-1.4", InstallMethod.NATIVE, DiskLayout.automatic(),
        null, null, List.of(ops()), List.of(), null, "fr", "Europe/Paris",
        List.of("ntp1.lab.example", "192.0.2.123"), List.of("edge"), List.of(KernelArg.flag("quiet")),
        "ttyS0,115200", new Enrollment("router", "production", true), Map.of("vyos.ssh.port", "2222"));
    cases.put("static-x86_64", config(server("rtr02", Architecture.X86_64, oneNic, staticNet), staticProfile));
    cases.put("static-aarch64", config(server("rtr03", Architecture.AARCH64, oneNic, staticNet), staticProfile));

    Network vlanNet = new Network(List.of(
        ethernet("eth0", null, true, List.of(), null),
        new NetInterface("eth0.20", InterfaceKind.VLAN, null, List.of(), null, "eth0", 20, false,
            List.of("198.51.100.2/24"), "198.51.100.1", 1500, List.of()),
        new NetInterface("eth0.30", InterfaceKind.VLAN, null, List.of(), null, "eth0", 30, true, List.of(),
            null, null, List.of())),
        List.of("198.51.100.53"), List.of());
    cases.put("vlan-x86_64", config(server("rtr04", Architecture.X86_64, oneNic, vlanNet), profile()));

    Network bondNet = new Network(List.of(
        member("eth0", MAC0), member("eth1", MAC1),
        new NetInterface("bond0", InterfaceKind.BOND, null, List.of("eth0", "eth1"), "802.3ad", null, null,
            false, List.of("203.0.113.10/28"), "203.0.113.1", null, List.of()),
        new NetInterface("bond0.100", InterfaceKind.VLAN, null, List.of(), null, "bond0", 100, false,
            List.of("10.100.0.1/24"), null, null, List.of())),
        List.of("203.0.113.53"), List.of("lab.example"));
    cases.put("bond-aarch64", config(server("rtr05", Architecture.AARCH64, twoNics, bondNet),
        profile(List.of(ops()), null)));

    List<User> users = List.of(
        new User("ops", "Network \"NetOps\" Operations", SHA512, List.of(), List.of(ALICE_KEY, BOB_KEY), true),
        new User("ci", null, null, List.of(), List.of(CI_KEY, ALICE_KEY), true),
        new User("audit", "Audit é 中", SHA256, List.of(), List.of(), true));
    cases.put("users-x86_64", config(server("rtr06", Architecture.X86_64, oneNic, null), profile(users, null)));
    return cases;
  }
}
