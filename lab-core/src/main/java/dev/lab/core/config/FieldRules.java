package dev.lab.core.config;

import dev.lab.api.model.Bootc;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.LogicalVolume;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Route;
import dev.lab.api.model.Server;
import dev.lab.api.model.User;
import dev.lab.api.model.VolumeGroup;
import java.util.HashMap;
import java.util.Map;

/**
 * Which rule checks each text property of each record, and the bounds of whole numbers. Every
 * text property a lab directory file can set must be listed here: {@link Shapes} refuses a record
 * with an unlisted one, so nothing a user writes reaches a generated file unchecked.
 */
final class FieldRules {
  private static final TextRule DOWNLOAD = NetSyntax.artifact("http", "https", "ftp");
  private static final Map<String, TextRule> TEXT = new HashMap<>();
  private static final Map<String, TextRule> KEYS = new HashMap<>();
  private static final Map<String, int[]> RANGES = new HashMap<>();

  static {
    text(LabConfig.class, "site", LabSyntax.SITE);
    text(ServerSettings.class, "url", NetSyntax.url("http", "https"));
    text(ServerSettings.class, "listen", NetSyntax.LISTEN);
    text(ArtifactSettings.class, "root", LabSyntax.DIRECTORY);
    text(SiteEnrollment.class, "puppetServer", NetSyntax.HOST);
    text(SiteEnrollment.class, "packageRepository", NetSyntax.url("http", "https"));
    text(StateSettings.class, "url", LabSyntax.STATE_URL);
    text(StateSettings.class, "user", LabSyntax.DATABASE_USER);
    text(StateSettings.class, "passwordFile", LabSyntax.FILE);
    keyed(EncSettings.class, "classes", LabSyntax.LABEL, SystemSyntax.PUPPET_CLASS);
    keyed(EncSettings.class, "roles", SystemSyntax.ROLE, SystemSyntax.PUPPET_CLASS);
    keyed(EncSettings.class, "parameters", SystemSyntax.PUPPET_PARAMETER, LabSyntax.OPTION_VALUE);

    text(Server.class, "name", LabSyntax.SERVER_NAME);
    text(Server.class, "hostname", NetSyntax.HOST_NAME);
    text(Server.class, "domain", NetSyntax.DOMAIN);
    text(Server.class, "profile", LabSyntax.NAME);
    text(Server.class, "labels", LabSyntax.LABEL);
    keyed(Server.class, "facts", LabSyntax.FACT_NAME, LabSyntax.FACT_VALUE);
    text(Server.class, "sshAddress", NetSyntax.HOST);
    text(Nic.class, "name", SystemSyntax.INTERFACE);
    text(Nic.class, "mac", NetSyntax.MAC);

    text(Network.class, "nameservers", NetSyntax.IP);
    text(Network.class, "searchDomains", NetSyntax.DOMAIN);
    text(NetInterface.class, "name", SystemSyntax.INTERFACE);
    text(NetInterface.class, "mac", NetSyntax.MAC);
    text(NetInterface.class, "members", SystemSyntax.INTERFACE);
    text(NetInterface.class, "bondMode", SystemSyntax.BOND_MODE);
    text(NetInterface.class, "parent", SystemSyntax.INTERFACE);
    range(NetInterface.class, "vlanId", 1, 4094);
    text(NetInterface.class, "addresses", NetSyntax.CIDR);
    text(NetInterface.class, "gateway4", NetSyntax.IPV4);
    range(NetInterface.class, "mtu", 68, 65535);
    text(Route.class, "to", NetSyntax.CIDR);
    text(Route.class, "via", NetSyntax.IP);

    text(Profile.class, "name", LabSyntax.NAME);
    text(Profile.class, "image", LabSyntax.NAME);
    text(Profile.class, "rootPasswordHash", Credentials.PASSWORD_HASH);
    text(Profile.class, "packages", SystemSyntax.PACKAGE);
    text(Profile.class, "locale", SystemSyntax.LOCALE);
    text(Profile.class, "keyboard", SystemSyntax.KEYBOARD);
    text(Profile.class, "timezone", SystemSyntax.TIMEZONE);
    text(Profile.class, "ntpServers", NetSyntax.HOST);
    text(Profile.class, "labels", LabSyntax.LABEL);
    text(Profile.class, "serialConsole", SystemSyntax.SERIAL_CONSOLE);
    keyed(Profile.class, "options", LabSyntax.OPTION_NAME, LabSyntax.OPTION_VALUE);
    text(KernelArg.class, "key", SystemSyntax.KERNEL_ARG_KEY);
    text(KernelArg.class, "value", SystemSyntax.KERNEL_ARG_VALUE);
    text(DiskLayout.class, "device", SystemSyntax.DEVICE);
    text(Partition.class, "mount", SystemSyntax.MOUNT);
    text(Partition.class, "fstype", SystemSyntax.FILE_SYSTEM);
    text(Partition.class, "volumeGroup", SystemSyntax.LVM_NAME);
    text(VolumeGroup.class, "name", SystemSyntax.LVM_NAME);
    text(LogicalVolume.class, "name", SystemSyntax.LVM_NAME);
    text(LogicalVolume.class, "mount", SystemSyntax.MOUNT);
    text(LogicalVolume.class, "fstype", SystemSyntax.FILE_SYSTEM);
    text(User.class, "name", SystemSyntax.USER);
    text(User.class, "fullName", SystemSyntax.FULL_NAME);
    text(User.class, "passwordHash", Credentials.PASSWORD_HASH);
    text(User.class, "groups", SystemSyntax.GROUP);
    text(User.class, "sshKeys", Credentials.SSH_KEY);
    text(Enrollment.class, "role", SystemSyntax.ROLE);
    text(Enrollment.class, "environment", SystemSyntax.ENVIRONMENT);

    text(Image.class, "name", LabSyntax.NAME);
    text(Image.class, "os", LabSyntax.OS);
    text(Image.class, "version", LabSyntax.VERSION);
    text(Image.class, "installer", LabSyntax.PLUGIN);
    text(ImageArtifacts.class, "kernel", DOWNLOAD);
    text(ImageArtifacts.class, "initrds", DOWNLOAD);
    text(ImageArtifacts.class, "repository", NetSyntax.artifact("http", "https", "ftp", "nfs"));
    text(ImageArtifacts.class, "iso", DOWNLOAD);
    text(ImageArtifacts.class, "squashfs", DOWNLOAD);
    text(ImageArtifacts.class, "hypervisor", DOWNLOAD);
    text(ImageArtifacts.class, "installImage", DOWNLOAD);
    text(ImageArtifacts.class, "rootfs", NetSyntax.artifact("http", "https", "ftp", "oci", "docker"));
    text(ImageArtifacts.class, "sha256", LabSyntax.SHA256);
    text(Bootc.class, "url", LabSyntax.CONTAINER_IMAGE);
    text(Bootc.class, "transport", LabSyntax.TRANSPORT);
    text(Bootc.class, "stateroot", LabSyntax.OSTREE_NAME);
    text(Bootc.class, "remote", LabSyntax.OSTREE_NAME);
    text(Bootc.class, "registryAuthFile", LabSyntax.LAB_FILE);

    text(Rule.class, "name", LabSyntax.NAME);
    range(Rule.class, "priority", -1_000_000, 1_000_000);
    range(Rule.class, "limit", 1, 1_000_000);
    keyed(Rule.class, "conditions", LabSyntax.FACT_NAME, LabSyntax.CONDITION);
    text(RuleAction.class, "profile", LabSyntax.NAME);
    text(RuleAction.class, "image", LabSyntax.NAME);
    text(RuleAction.class, "labels", LabSyntax.LABEL);
    text(RuleAction.class, "hostnamePattern", LabSyntax.HOSTNAME_PATTERN);
  }

  private FieldRules() {}

  /** @return the rule for a text property, or for the elements or values of a list or map of text */
  static TextRule text(Class<?> owner, String property) {
    TextRule rule = TEXT.get(key(owner, property));
    if (rule == null) {
      throw new IllegalStateException("no text rule for " + key(owner, property)
          + ": every text property needs one in FieldRules");
    }
    return rule;
  }

  /** @return the rule for the keys of a map of text */
  static TextRule keys(Class<?> owner, String property) {
    TextRule rule = KEYS.get(key(owner, property));
    if (rule == null) {
      throw new IllegalStateException("no key rule for " + key(owner, property));
    }
    return rule;
  }

  /** @return the bounds of a whole-number property: {min, max} */
  static int[] range(Class<?> owner, String property) {
    return RANGES.getOrDefault(key(owner, property), new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
  }

  /** @return every rule, by {@code Record.property} (keys of maps as {@code Record.property (keys)}) */
  static Map<String, TextRule> all() {
    Map<String, TextRule> all = new java.util.TreeMap<>(TEXT);
    KEYS.forEach((k, v) -> all.put(k + " (keys)", v));
    return all;
  }

  private static void text(Class<?> owner, String property, TextRule rule) {
    TEXT.put(key(owner, property), rule);
  }

  private static void keyed(Class<?> owner, String property, TextRule keys, TextRule values) {
    KEYS.put(key(owner, property), keys);
    TEXT.put(key(owner, property), values);
  }

  private static void range(Class<?> owner, String property, int min, int max) {
    RANGES.put(key(owner, property), new int[] {min, max});
  }

  private static String key(Class<?> owner, String property) {
    return owner.getSimpleName() + "." + property;
  }
}
