package dev.lab.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Rules for network names and addresses: host names, domains, IPs, CIDRs, MACs, URLs. */
final class NetSyntax {
  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final String URL_CHARS = "[A-Za-z0-9._~:/?#\\[\\]@!&()*+,;=%-]";

  /** A host name: one RFC 1123 label. */
  static final TextRule HOST_NAME = TextRule.matching("an RFC 1123 host name", LABEL,
      "use letters, digits and '-', at most 63 characters, starting and ending with a letter or digit");

  /** A DNS domain: RFC 1123 labels separated by dots. */
  static final TextRule DOMAIN = TextRule.matching("an RFC 1123 domain name",
      LABEL + "(\\." + LABEL + ")*",
      "use dot-separated labels of letters, digits and '-', each at most 63 characters, starting and "
          + "ending with a letter or digit")
      .and(v -> v.length() <= 253 ? null : "'" + TextRule.shown(v) + "' is longer than 253 characters");

  /** An IPv4 or IPv6 address. */
  static final TextRule IP = TextRule.checkedBy("an IPv4 or IPv6 address",
      v -> IpAddresses.parse(v) != null ? null
          : "'" + TextRule.shown(v) + "' is not an IP address: write IPv4 as 192.0.2.10 or IPv6 as 2001:db8::10");

  /** An IPv4 address. */
  static final TextRule IPV4 = TextRule.checkedBy("an IPv4 address",
      v -> IpAddresses.parseV4(v) != null ? null
          : "'" + TextRule.shown(v) + "' is not an IPv4 address: write four decimal numbers 0-255 "
              + "separated by dots, such as 192.0.2.1");

  /** An address with its prefix length. */
  static final TextRule CIDR = TextRule.checkedBy("an address with prefix length (CIDR)",
      v -> IpAddresses.parseCidr(v) != null ? null
          : "'" + TextRule.shown(v) + "' is not an address in CIDR notation: write address/prefix, "
              + "such as 192.0.2.10/24 or 2001:db8::10/64");

  /** A host: a host name, a domain name or an IP address. */
  static final TextRule HOST = TextRule.checkedBy("a host name or IP address", NetSyntax::hostProblem);

  /** A NIC's MAC address; normalised to lowercase, colon-separated. */
  static final TextRule MAC = TextRule.matching("a MAC address",
      "[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}",
      "write six two-digit hex numbers separated by ':', such as 52:54:00:12:34:56")
      .and(NetSyntax::unicastProblem)
      .normalizedBy(v -> v.toLowerCase(Locale.ROOT).replace('-', ':'));

  /** Where Lab listens: {@code host:port}. */
  static final TextRule LISTEN = TextRule.checkedBy("host:port", NetSyntax::listenProblem);

  private NetSyntax() {}

  /** @return a rule for URLs with one of the given schemes */
  static TextRule url(String... schemes) {
    List<String> allowed = List.of(schemes);
    return TextRule.checkedBy("a URL (" + String.join(", ", allowed) + ")", v -> urlProblem(v, allowed));
  }

  /**
   * @return a rule for artifacts: a path relative to the artifact root, or a URL with one of the
   *     given schemes
   */
  static TextRule artifact(String... schemes) {
    TextRule url = url(schemes);
    return TextRule.checkedBy("a path under the artifact root or a URL (" + String.join(", ", schemes) + ")",
        v -> v.contains(":") ? url.problem(v) : LabSyntax.relativePathProblem(v, "under the artifact root"));
  }

  private static String hostProblem(String v) {
    if (v.indexOf(':') >= 0 || v.matches("[0-9.]+")) {
      return IP.problem(v);
    }
    return DOMAIN.problem(v) == null ? null
        : "'" + TextRule.shown(v) + "' is not a host name or IP address: use letters, digits, '-' and '.' "
            + "(RFC 1123), or an address such as 192.0.2.10";
  }

  private static String unicastProblem(String v) {
    int first = Integer.parseInt(v.substring(0, 2), 16);
    if (v.replaceAll("[:-]", "").matches("0+")) {
      return "'" + v + "' is the all-zero MAC address, which no NIC has";
    }
    return (first & 1) == 1 ? "'" + v + "' is a multicast MAC address, not a NIC's" : null;
  }

  private static String listenProblem(String v) {
    int colon = v.lastIndexOf(':');
    String shown = "'" + TextRule.shown(v) + "'";
    if (colon < 0) {
      return shown + " is not host:port: write for example 0.0.0.0:8080 or [::]:8080";
    }
    String host = v.substring(0, colon);
    String port = v.substring(colon + 1);
    if (!port.matches("[1-9][0-9]{0,4}") || Integer.parseInt(port) > 65535) {
      return shown + " has no valid port: write a port number from 1 to 65535 after the last ':'";
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      return IpAddresses.parseV6(host.substring(1, host.length() - 1)) != null ? null
          : shown + " has an invalid IPv6 address in brackets";
    }
    return hostProblem(host) == null ? null
        : shown + " has an invalid host: write a host name or an IPv4 address, or an IPv6 address in brackets";
  }

  private static String urlProblem(String v, List<String> schemes) {
    String shown = "'" + TextRule.shown(v) + "'";
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!String.valueOf(c).matches(URL_CHARS)) {
        return shown + " is not a valid URL: it contains " + LabSyntax.describeChar(c)
            + " (percent-encode it, or remove it)";
      }
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      return shown + " is not a valid URL: " + e.getReason();
    }
    String expected = "expected " + LabSyntax.oneOf(schemes);
    if (uri.getScheme() == null || !v.contains("://")) {
      return shown + " is not a URL: write scheme://host/path, " + expected;
    }
    if (!schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
      return shown + " uses the scheme '" + uri.getScheme() + "': " + expected;
    }
    if (uri.getRawUserInfo() != null) {
      return shown + " carries credentials: Lab keeps secrets out of URLs";
    }
    if (uri.getRawFragment() != null) {
      return shown + " has a '#' fragment, which no download uses";
    }
    String host = uri.getHost();
    if (host == null) {
      return shown + " has no valid host name";
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return hostProblem(bare) == null ? null : shown + " has an invalid host name '" + host + "'";
  }
}
