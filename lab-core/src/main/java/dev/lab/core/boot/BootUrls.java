package dev.lab.core.boot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Checks the URLs boot loaders fetch, and writes them the way each loader names a file. */
final class BootUrls {
  private static final Set<String> IPXE_SCHEMES = Set.of("http", "https", "tftp", "ftp");
  private static final Set<String> GRUB_SCHEMES = Set.of("http", "tftp");
  private static final Set<String> PXELINUX_SCHEMES = Set.of("http", "ftp", "tftp");

  private BootUrls() {}

  /** @return the URL, checked to be one iPXE word that iPXE can fetch */
  static String ipxe(String what, String url) {
    parse(what, url, "iPXE", IPXE_SCHEMES);
    String problem = LoaderWords.ipxeWordProblem(url);
    if (problem != null) {
      throw new IllegalArgumentException(what + " " + LoaderWords.show(url) + " cannot be written for iPXE: "
          + problem);
    }
    return url;
  }

  /**
   * @return the URL as a GRUB file name on a network device, for example {@code
   *     (http,lab.example:8080)/artifacts/vmlinuz}; a port is written as GRUB 2.06 and later read it
   */
  static String grub(String what, String url) {
    URI uri = parse(what, url, "GRUB", GRUB_SCHEMES);
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "(" + uri.getScheme().toLowerCase(Locale.ROOT) + "," + uri.getRawAuthority() + ")"
        + uri.getRawPath() + query;
  }

  /** @return the URL, checked to be one pxelinux word that {@code lpxelinux.0} can fetch */
  static String pxelinux(String what, String url) {
    parse(what, url, "pxelinux", PXELINUX_SCHEMES);
    return url;
  }

  /**
   * Checks an absolute URL of printable ASCII without blanks, quotes, backslashes, user info or
   * fragment, whose scheme the loader speaks and whose path is not empty.
   */
  private static URI parse(String what, String url, String loader, Set<String> schemes) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '"' || c == '\'' || c == '\\') {
        throw new IllegalArgumentException(what + " " + LoaderWords.show(url) + " contains "
            + (c == ' ' ? "a space" : LoaderWords.describe(url.codePointAt(i)))
            + ": write it percent-encoded");
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " " + LoaderWords.show(url) + " is not a valid URL: "
          + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!schemes.contains(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(what + " " + LoaderWords.show(url) + " must be an absolute "
          + String.join(", ", schemes.stream().sorted().toList()) + " URL with a host: " + loader
          + " fetches nothing else");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(what + " " + LoaderWords.show(url)
          + " cannot carry user info or a fragment to " + loader);
    }
    if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      throw new IllegalArgumentException(what + " " + LoaderWords.show(url) + " has no path");
    }
    return uri;
  }
}
