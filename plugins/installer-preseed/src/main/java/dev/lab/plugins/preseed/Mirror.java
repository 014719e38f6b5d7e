package dev.lab.plugins.preseed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The Debian mirror d-i installs from, split the way choose-mirror's questions take it: {@code
 * mirror/protocol}, {@code mirror/<protocol>/hostname} (with the port, if any) and {@code
 * mirror/<protocol>/directory}.
 *
 * @param protocol {@code http} or {@code ftp}
 * @param hostname the host, with {@code :port} when the URL has one
 * @param directory the archive's path, starting with {@code /}
 */
record Mirror(String protocol, String hostname, String directory) {

  /**
   * @param url the image's repository URL, for example {@code http://deb.debian.org/debian}
   * @return the mirror
   * @throws IllegalArgumentException with a message a user can act on
   */
  static Mirror parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the Debian mirror URL is missing: set the image's repository,"
          + " for example http://deb.debian.org/debian");
    }
    if (!Syntax.singleLine(url) || url.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("the mirror URL must be one URL without blanks or control characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw new IllegalArgumentException("debian-installer 12 has no preseed questions for an https mirror"
          + " (mirror/https/* are not templates of its choose-mirror): use the mirror's http URL;"
          + " apt verifies every package against the archive's signed Release file either way");
    }
    if (!scheme.equals("http") && !scheme.equals("ftp")) {
      throw new IllegalArgumentException("the mirror URL must start with http:// or ftp://");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("the mirror URL cannot carry a user, a query or a fragment");
    }
    String host = uri.getHost();
    if (host == null || !(Syntax.domain(host) || Syntax.ipv4(host))) {
      throw new IllegalArgumentException("the mirror URL needs a host name or IPv4 address");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.matches("/[A-Za-z0-9._~+/-]*") || path.contains("/../") || path.endsWith("/..")) {
      throw new IllegalArgumentException("the mirror URL's path may hold only letters, digits and . _ ~ + - /");
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String hostname = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    return new Mirror(scheme, hostname, path);
  }
}
