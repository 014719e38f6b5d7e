package dev.lab.plugins.kickstart;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kickstart plugin's own profile options ({@code Profile.options}), all under the {@code
 * kickstart.} prefix:
 *
 * <ul>
 *   <li>{@code kickstart.selinux}: {@code enforcing}, {@code permissive} or {@code disabled}
 *       (kickstart's {@code selinux} command); unset leaves the OS default
 *   <li>{@code kickstart.firewall}: {@code enabled} (with SSH allowed) or {@code disabled}
 *       (kickstart's {@code firewall} command); unset leaves the OS default
 * </ul>
 *
 * Options under another plugin's prefix (a word and a dot, such as {@code preseed.}) are left to
 * that plugin; any other key is refused.
 *
 * @param selinux the SELinux mode, or null
 * @param firewall the firewall state, or null
 */
record ProfileOptions(String selinux, String firewall) {
  static final String PREFIX = "kickstart.";
  static final String SELINUX = PREFIX + "selinux";
  static final String FIREWALL = PREFIX + "firewall";
  private static final Map<String, Set<String>> VALUES = Map.of(
      SELINUX, Set.of("enforcing", "permissive", "disabled"),
      FIREWALL, Set.of("enabled", "disabled"));
  private static final java.util.regex.Pattern OTHER_PLUGIN = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*\\..+");

  static ProfileOptions of(Map<String, String> options) {
    return new ProfileOptions(options.get(SELINUX), options.get(FIREWALL));
  }

  static void check(Map<String, String> options, Problems problems) {
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(options).entrySet()) {
      String key = e.getKey();
      String path = "profile.options." + key;
      Set<String> allowed = VALUES.get(key);
      if (allowed != null) {
        problems.require(allowed.contains(e.getValue()), path, Syntax.show(e.getValue()) + " is not valid for "
            + key + ": use one of " + String.join(", ", new TreeSet<>(allowed)));
      } else if (key.startsWith(PREFIX) || !OTHER_PLUGIN.matcher(key).matches()) {
        problems.add(path, "the kickstart plugin has no option " + Syntax.show(key) + ": its options are "
            + String.join(", ", new TreeSet<>(VALUES.keySet())));
      }
    }
  }
}
