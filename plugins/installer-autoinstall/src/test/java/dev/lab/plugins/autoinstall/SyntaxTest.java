package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The value shapes validation relies on, at their edges. */
class SyntaxTest {
  private static Arguments check(String what, Predicate<String> rule, String value, boolean ok) {
    return Arguments.of(Named.of(what + " " + (ok ? "accepts " : "refuses ") + value, rule), value, ok);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        check("ipv4", Syntax::ipv4, "192.0.2.255", true),
        check("ipv4", Syntax::ipv4, "192.0.2.256", false),
        check("ipv4", Syntax::ipv4, "192.0.2.01", false),
        check("ipv4", Syntax::ipv4, "192.0.2", false),
        check("ipv6", Syntax::ipv6, "2001:db8::1", true),
        check("ipv6", Syntax::ipv6, "::1", true),
        check("ipv6", Syntax::ipv6, "fe80::", true),
        check("ipv6", Syntax::ipv6, "2001:db8:0:0:0:0:0:1", true),
        check("ipv6", Syntax::ipv6, "2001:db8::1::2", false),
        check("ipv6", Syntax::ipv6, "2001:db8:0:0:0:0:0:0:1", false),
        check("ipv6", Syntax::ipv6, "2001:db8:12345::1", false),
        check("cidr", Syntax::cidr, "10.0.0.0/8", true),
        check("cidr", Syntax::cidr, "2001:db8::/32", true),
        check("cidr", Syntax::cidr, "10.0.0.0/33", false),
        check("cidr", Syntax::cidr, "10.0.0.0/", false),
        check("domain", Syntax::domain, "lab.example", true),
        check("domain", Syntax::domain, "lab-.example", false),
        check("domain", Syntax::domain, "lab.example.", false),
        check("crypt hash", Syntax::cryptHash, Scenarios.OPS_HASH, true),
        check("crypt hash", Syntax::cryptHash, "$6$rounds=4096$salt$hash", true),
        check("crypt hash", Syntax::cryptHash, "$y$j9T$salt$hash", true),
        check("crypt hash", Syntax::cryptHash, "$6$salt", false),
        check("crypt hash", Syntax::cryptHash, "$6$salt$hash\"", false),
        check("crypt hash", Syntax::cryptHash, "!", false),
        check("ssh key", Syntax::sshKey, Scenarios.BOB_KEY, true),
        check("ssh key", Syntax::sshKey, "ssh-ed25519 AAAAC3Nz ops@lab \"quoted\" $(x)", true),
        check("ssh key", Syntax::sshKey, "ssh-ed25519 AAAAC3Nz ops\nssh-rsa AAAA", false),
        check("ssh key", Syntax::sshKey, "from=\"10.0.0.0/8\" ssh-ed25519 AAAAC3Nz", false),
        check("package", Syntax::packageName, "linux-image-generic=6.8.0-31.31", true),
        check("package", Syntax::packageName, "g++", true),
        check("package", Syntax::packageName, "-rf", false),
        check("locale", Syntax::locale, "C.UTF-8", true),
        check("locale", Syntax::locale, "sr_RS.UTF-8@latin", true),
        check("timezone", Syntax::timezone, "America/Argentina/Buenos_Aires", true),
        check("timezone", Syntax::timezone, "Etc/GMT+5", true),
        check("timezone", Syntax::timezone, "../etc/shadow", false),
        check("mount point", Syntax::mountPoint, "/var/lib/docker", true),
        check("mount point", Syntax::mountPoint, "/var/../etc", false),
        check("mount point", Syntax::mountPoint, "var", false),
        check("serial console", Syntax::serialConsole, "ttyS1,115200n8", true),
        check("serial console", Syntax::serialConsole, "hvc0", true),
        check("serial console", Syntax::serialConsole, "ttyS0 init=/bin/sh", false),
        check("url", Syntax::url, "http://lab.example:8080/a/b.iso?x=1&y=2", true),
        check("url", Syntax::url, "http://lab.example/a b", false),
        check("url", Syntax::url, "http://lab.example/${x}", false),
        check("url", Syntax::url, "file:///etc/shadow", false),
        check("printable", Syntax::printable, "Zoë \ud83d\ude00 'quoted'", true),
        check("printable", Syntax::printable, "a\u2028b", false),
        check("printable", Syntax::printable, "a\tb", false),
        check("printable", Syntax::printable, "\ud83d", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesTheValue(Predicate<String> rule, String value, boolean ok) {
    assertThat(rule.test(value)).isEqualTo(ok);
  }
}
