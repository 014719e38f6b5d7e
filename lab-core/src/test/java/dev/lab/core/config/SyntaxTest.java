package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The character rules for everything a user writes. */
class SyntaxTest {
  private static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGTYne3S2VTYGTNnQbS34vC8EI3OOTaro/j08tHCzm3/";
  private static final String ECDSA = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBC8X"
      + "T5EKAK89sn8MBYrZ95iD1hvHR0HVG/kP6Zw8+nHFUGntva3DX0OAXMJkmnxVwYhpu+fKGB3jrBC+k5PY32c=";

  /** Characters no rule may accept: they quote, escape, expand or redirect in some generated format. */
  private static final String NEVER = "\"'`$\\<>\n\r\t\u0000\u001b\u007f\u0085\u2028\u2029\u202e";

  static Stream<Arguments> examples() {
    return Stream.of(
        ok(NetSyntax.HOST_NAME, "web01", "a", "x-1", "A1"),
        bad(NetSyntax.HOST_NAME, "web_01", "-web", "web-", "web.lab", "", "a".repeat(64)),
        ok(NetSyntax.DOMAIN, "lab.example", "a.b.c", "xn--bcher-kva.example"),
        bad(NetSyntax.DOMAIN, "lab..example", ".lab", "lab.", "lab example", "a_b.example"),
        ok(NetSyntax.IP, "192.0.2.1", "::1", "2001:db8::10", "::ffff:192.0.2.1", "fe80::1:2:3:4"),
        bad(NetSyntax.IP, "192.0.2", "192.0.2.256", "010.0.0.1", "2001:db8:::1", "1::2::3", "host"),
        ok(NetSyntax.CIDR, "192.0.2.10/24", "10.0.0.0/8", "2001:db8::1/64", "0.0.0.0/0"),
        bad(NetSyntax.CIDR, "192.0.2.10", "192.0.2.10/33", "2001:db8::1/129", "192.0.2.10/024"),
        ok(NetSyntax.MAC, "52:54:00:12:34:56", "52-54-00-AB-CD-EF"),
        bad(NetSyntax.MAC, "52:54:00:12:34", "52:54-00:12:34:56", "01:00:5e:00:00:01", "00:00:00:00:00:00",
            "525400123456"),
        ok(NetSyntax.HOST, "puppet", "puppet.lab.example", "192.0.2.5", "2001:db8::5"),
        bad(NetSyntax.HOST, "puppet lab", "puppet;reboot", "300.1.1.1"),
        ok(NetSyntax.LISTEN, "0.0.0.0:8080", "[::]:8080", "localhost:80"),
        bad(NetSyntax.LISTEN, "8080", "0.0.0.0:0", "0.0.0.0:70000", "[zz]:80", "a b:80"),
        ok(NetSyntax.url("http", "https"), "http://lab.example:8080/", "https://mirror.example/a/b?x=1&y=2"),
        bad(NetSyntax.url("http", "https"), "ftp://x/", "http://x/ a", "http://user:pw@x/", "//x/", "http:x",
            "http://x/#frag", "http://bad_host/", "https://x/caf\u00e9"),
        ok(NetSyntax.artifact("http", "https"), "fedora/x86_64/vmlinuz", "https://x.example/vmlinuz"),
        bad(NetSyntax.artifact("http", "https"), "../etc/shadow", "a/./b", "/abs/path", "a//b", "file:///x"),
        ok(SystemSyntax.USER, "ops", "_svc", "ci-runner", "a1"),
        bad(SystemSyntax.USER, "Ops", "1ops", "ops team", "a".repeat(33)),
        ok(SystemSyntax.FULL_NAME, "Operations", "Jos\u00e9 M\u00fcller", "O\u2019Brien, Jr. (ops)"),
        bad(SystemSyntax.FULL_NAME, "O'Brien", "ops:x", " lead", "a;b"),
        ok(SystemSyntax.PACKAGE, "vim", "gcc-c++", "@core", "@^minimal-environment", "libc6:amd64", "python3.12"),
        bad(SystemSyntax.PACKAGE, "vim htop", "-vim", "@", "vim;reboot", "pkg=1.0"),
        ok(SystemSyntax.LOCALE, "en_US.UTF-8", "C", "C.UTF-8", "de_DE", "sr_RS@latin"),
        bad(SystemSyntax.LOCALE, "en US", "english", "en_us.UTF-8"),
        ok(SystemSyntax.KEYBOARD, "us", "de-nodeadkeys", "fr_CH", "us(intl)"),
        bad(SystemSyntax.KEYBOARD, "US", "us intl", "us;x"),
        ok(SystemSyntax.TIMEZONE, "Etc/UTC", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5"),
        bad(SystemSyntax.TIMEZONE, "Europe/../etc", "/etc/localtime", "Europe Paris"),
        ok(SystemSyntax.KERNEL_ARG_KEY, "console", "inst.ks", "rd.neednet", "nvme_core.io_timeout"),
        bad(SystemSyntax.KERNEL_ARG_KEY, "a=b", "a b", "-x"),
        ok(SystemSyntax.KERNEL_ARG_VALUE, "ttyS0,115200n8", "UUID=1234-abcd", "vg/root", "1-3,5"),
        bad(SystemSyntax.KERNEL_ARG_VALUE, "a b", "a;b", "a|b", "a&b", "{x}", ""),
        ok(SystemSyntax.SERIAL_CONSOLE, "ttyS0", "ttyS0,115200n8", "ttyAMA0,115200", "hvc0"),
        bad(SystemSyntax.SERIAL_CONSOLE, "ttyS0 115200", "com1", "ttyS0,fast"),
        ok(SystemSyntax.DEVICE, "sda", "nvme0n1", "/dev/vda", "/dev/disk/by-id/nvme-Samsung_SSD_980_1TB",
            "/dev/disk/by-path/pci-0000:00:1f.2-ata-1"),
        bad(SystemSyntax.DEVICE, "/dev/disk/by-id/..", "/etc/passwd", "sda1 sdb", "/dev/disk/by-foo/x"),
        ok(SystemSyntax.MOUNT, "/", "/boot/efi", "/var/lib/builds", "swap"),
        bad(SystemSyntax.MOUNT, "var", "/var/../etc", "/a b", "/./x", "//x"),
        ok(SystemSyntax.FILE_SYSTEM, "ext4", "xfs", "vfat", "swap", "biosboot"),
        bad(SystemSyntax.FILE_SYSTEM, "ntfs", "ext4 ", "EXT4"),
        ok(SystemSyntax.LVM_NAME, "vg0", "root", "lv_home", "a+b"),
        bad(SystemSyntax.LVM_NAME, "-vg", "..", "vg 0", "vg/0"),
        ok(SystemSyntax.INTERFACE, "eth0", "enp1s0", "bond0", "eth0.20"),
        bad(SystemSyntax.INTERFACE, "0eth", "eth 0", "averyveryverylongname0", "eth/0"),
        ok(Credentials.PASSWORD_HASH,
            "$y$j9T$ftHnWi0kMmvl0srA$1BnM0hN6eV0gnXH4IdMT1JrabIiLxLL9fxpWJ6AwBf9",
            "$6$h6JK2l2ZBj2wsw8r$32qgGnvr0fBmy2HKSiYRhbc.Kews3kFV8npVFHe7VHipILB04RxXfKz2Y9lrzfyIJduZdKiB6LdU8BmYDr"
                + "SIq1",
            "$6$rounds=5000$Qm9ZbH1vR2sT3uVw$v2BROJnkkFVULHgbB58R/Ha1lz7nOcKoyz3mz681YCe8FyNH0rbj8nu8ZG.IyZFsgDFgo."
                + "LREvddc2aXJXs/Q1",
            "$2b$10$abcdefghijklmnopqrstuum07vmGq4SyG7w9SfXuOAyD5WMiIMdTu"),
        bad(Credentials.PASSWORD_HASH, "hunter2", "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/", "$6$salt$short", "!",
            "$y$j9T$salt$hash$extra", "abcdefghijklm"),
        ok(Credentials.SSH_KEY, ED25519, ED25519 + " ops@lab.example", ED25519 + " ops laptop (2024)", ECDSA),
        bad(Credentials.SSH_KEY, "ssh-rsa " + ED25519.substring(12), "ssh-dss AAAAB3NzaC1kc3MAAACBAP",
            "from=\"10.0.0.1\" " + ED25519, ED25519 + " a;b", "ssh-ed25519 AAAAnotbase64!!", ED25519 + "  x"),
        ok(LabSyntax.LABEL, "web", "k8s-worker", "rack1", "a.b_c"),
        bad(LabSyntax.LABEL, "web,prod", "-web", "web prod", "a=b"),
        ok(LabSyntax.FACT_VALUE, "64", "512GB", "Intel(R) Xeon(R) Gold 6338", "ovh"),
        bad(LabSyntax.FACT_VALUE, "a  b", " a", "a;b", "$(id)"),
        ok(LabSyntax.OPTION_VALUE, "ext", "lvm,thin", "http://x.example/a", "a b"),
        bad(LabSyntax.OPTION_VALUE, "%post\u0020x;y", "a\"b"),
        ok(LabSyntax.CONTAINER_IMAGE, "quay.io/fedora/fedora-bootc:41", "localhost:5000/a/b",
            "registry.example/a/b@sha256:" + "0".repeat(64), "/srv/oci/bootc"),
        bad(LabSyntax.CONTAINER_IMAGE, "fedora:41", "Quay.io/A/B", "quay.io/a/b:", "/srv/../x"),
        ok(LabSyntax.CONDITION, ">= 40", ">=40", "< 2TiB", "ovh", "== aarch64", "!= ovh", "> 1.5"),
        bad(LabSyntax.CONDITION, "=> 40", ">= lots", ">=", "", "ovh;x", "= 4"),
        ok(LabSyntax.HOSTNAME_PATTERN, "web{n}", "xen{n:2}", "node-{mac}"),
        bad(LabSyntax.HOSTNAME_PATTERN, "web", "web_{n}", "{x}", "web{n:0}", "-{n}", "a".repeat(60) + "{n}"),
        ok(LabSyntax.DIRECTORY, "artifacts", "/srv/lab/artifacts", "data/artifacts/"),
        bad(LabSyntax.DIRECTORY, "../artifacts", "/", "a b"));
  }

  private static Arguments ok(TextRule rule, String... values) {
    return Arguments.of(rule.description(), rule, List.of(values), true);
  }

  private static Arguments bad(TextRule rule, String... values) {
    return Arguments.of(rule.description(), rule, List.of(values), false);
  }

  @ParameterizedTest(name = "{0}: valid={3}")
  @MethodSource("examples")
  void acceptsAndRefusesAsDocumented(String name, TextRule rule, List<String> values, boolean valid) {
    for (String v : values) {
      assertThat(rule.problem(v)).as("'%s' for %s", v, name).matches(p -> (p == null) == valid);
    }
  }

  static Stream<Arguments> everyRule() {
    return FieldRules.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /**
   * Property: whatever surrounds it, a value containing a quote, backtick, dollar, backslash, angle
   * bracket or control character is refused by every rule of every property (rule conditions, which
   * are compared and never written anywhere, start with their operators {@code <} and {@code >}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRule")
  void noRuleAcceptsQuotingOrControlCharacters(String property, TextRule rule) {
    Random random = new Random(property.hashCode());
    String pool = "abcxyz0129.-_/:=@,+ ";
    String never = property.equals("Rule.conditions") ? NEVER.replaceAll("[<>]", "") : NEVER;
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(20);
      for (int j = 0; j < length; j++) {
        b.append(pool.charAt(random.nextInt(pool.length())));
      }
      b.insert(random.nextInt(b.length() + 1), never.charAt(random.nextInt(never.length())));
      String value = b.toString();
      assertThat(rule.problem(value)).as("%s accepted %s", property, LabSyntax.printable(value)).isNotNull();
    }
  }

  /** Property: valid MACs in either notation and any case normalise to one form. */
  @Test
  void macsNormaliseToLowercaseColonForm() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      int[] octets = new int[6];
      for (int j = 0; j < 6; j++) {
        octets[j] = random.nextInt(256);
      }
      octets[0] &= 0xfe;
      octets[5] |= 1;
      String canonical = String.format("%02x:%02x:%02x:%02x:%02x:%02x", octets[0], octets[1], octets[2], octets[3],
          octets[4], octets[5]);
      String written = random.nextBoolean() ? canonical.toUpperCase() : canonical;
      written = random.nextBoolean() ? written.replace(':', '-') : written;
      assertThat(NetSyntax.MAC.problem(written)).isNull();
      assertThat(NetSyntax.MAC.normalize(written)).isEqualTo(canonical);
    }
  }

  /** Property: random host names built from the allowed alphabet are accepted exactly when RFC 1123 says so. */
  @Test
  void hostNamesFollowRfc1123() {
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    for (int i = 0; i < 2000; i++) {
      int length = 1 + random.nextInt(70);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String name = b.toString();
      boolean rfc = name.length() <= 63 && !name.startsWith("-") && !name.endsWith("-");
      assertThat(NetSyntax.HOST_NAME.problem(name) == null).as(name).isEqualTo(rfc);
    }
  }

  @Test
  void everyTextPropertyHasARuleAndItsPatternIsPortable() {
    Map<String, TextRule> all = FieldRules.all();
    assertThat(all).hasSizeGreaterThan(60);
    List<String> nonPortable = new ArrayList<>();
    for (Map.Entry<String, TextRule> e : all.entrySet()) {
      String p = e.getValue().pattern();
      if (p != null && (p.contains("(?") || p.contains("\\p") || p.contains("++") || p.contains("\\A"))) {
        nonPortable.add(e.getKey());
      }
    }
    assertThat(nonPortable).isEmpty();
  }

  /** The schema's fallback pattern never refuses a character the loader accepts. */
  @Test
  void schemaFallbackPatternRefusesOnlyWhatTheLoaderRefuses() {
    Pattern fallback = Pattern.compile(JsonSchemaWriter.NO_CONTROL_CHARACTERS);
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      if (!fallback.matcher(s).matches()) {
        assertThat(ControlCharacters.forbidden(c)).as("U+%04X", c).isTrue();
      }
    }
  }
}
