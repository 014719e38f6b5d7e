package dev.lab.plugins.kickstart;

import dev.lab.api.model.Bootc;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of {@code ks.cfg.ftl}, built from a validated configuration. Values are plain
 * strings, lists and maps: the template quotes every one of them for kickstart (and, inside the
 * scripts, for the shell, which follows the same rules).
 */
final class KickstartModel {
  /** Where the enrollment script is downloaded to inside the installed system. */
  static final String ENROLL_SCRIPT_PATH = "/root/lab-enroll.sh";
  private static final int BASE64_LINE = 76;

  private KickstartModel() {}

  static Map<String, Object> of(InstallConfig config) {
    Profile profile = config.profile();
    Bootc bootc = config.image().bootc();
    Map<String, Object> m = new HashMap<>();
    m.put("fqdn", config.server().fqdn());
    m.put("repository", bootc == null ? Netboot.directory(config.artifacts().repository()) : null);
    m.put("bootc", bootc == null ? null : bootc(bootc));
    m.put("locale", profile.locale());
    m.put("keyboard", profile.keyboard());
    m.put("timezone", profile.timezone());
    m.put("ntpServers", profile.ntpServers());
    m.put("network", commands(new NetworkPlan(config.network(), config.server().fqdn()).commands()));
    m.put("rootPasswordHash", profile.rootPasswordHash());
    accounts(profile, m);
    ProfileOptions options = ProfileOptions.of(profile.options());
    m.put("selinux", options.selinux());
    m.put("firewall", options.firewall());
    StoragePlan storage = new StoragePlan(profile.disk());
    m.put("diskChosenAtInstall", storage.diskChosenAtInstall());
    m.put("diskInclude", StoragePlan.DISK_INCLUDE);
    m.put("diskSelection", commands(storage.diskSelection()));
    m.put("diskLayout", commands(storage.layout()));
    m.put("bootloaderAppend", KernelArgs.installedAppend(profile));
    m.put("packages", bootc == null ? profile.packages().stream().filter(p -> !"@core".equals(p)).distinct()
        .map(KickstartModel::packageLine).toList() : null);
    m.put("registryAuth", base64Lines(bootc == null ? null : config.registryAuthJson()));
    m.put("events", config.urls().events());
    m.put("done", config.urls().done());
    m.put("enrollScriptUrl", config.enrollment() == null ? null : config.urls().file(KickstartPlugin.ENROLL_SCRIPT));
    m.put("enrollScriptPath", ENROLL_SCRIPT_PATH);
    return m;
  }

  private static Map<String, Object> bootc(Bootc bootc) {
    Map<String, Object> m = new HashMap<>();
    m.put("url", bootc.url());
    m.put("transport", bootc.transport());
    m.put("stateroot", bootc.stateroot());
    m.put("remote", bootc.remote());
    m.put("noSignatureVerification", bootc.noSignatureVerification());
    return m;
  }

  /**
   * Users with their groups ({@code sudo} adds {@code wheel}); each user's first SSH key goes to
   * kickstart's {@code sshkey} (pykickstart takes one per user), the others to {@code %post}.
   */
  private static void accounts(Profile profile, Map<String, Object> m) {
    List<Map<String, Object>> users = new ArrayList<>();
    List<Map<String, Object>> keys = new ArrayList<>();
    List<Map<String, Object>> extraKeys = new ArrayList<>();
    for (User u : profile.users()) {
      Set<String> groups = new LinkedHashSet<>(u.groups());
      if (u.sudo()) {
        groups.add("wheel");
      }
      Map<String, Object> user = new HashMap<>();
      user.put("name", u.name());
      user.put("gecos", u.fullName());
      user.put("groups", groups.isEmpty() ? null : String.join(",", groups));
      user.put("passwordHash", u.passwordHash());
      users.add(user);
      for (int i = 0; i < u.sshKeys().size(); i++) {
        (i == 0 ? keys : extraKeys).add(Map.of("user", u.name(), "key", u.sshKeys().get(i)));
      }
    }
    m.put("users", users);
    m.put("sshKeys", keys);
    m.put("extraSshKeys", extraKeys);
  }

  private static List<Map<String, Object>> commands(List<KsCommand> commands) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (KsCommand c : commands) {
      List<Map<String, Object>> options = new ArrayList<>();
      for (KsCommand.Option o : c.options()) {
        Map<String, Object> option = new HashMap<>();
        option.put("name", o.name());
        option.put("value", o.value());
        options.add(option);
      }
      out.add(Map.of("name", c.name(), "args", c.args(), "options", options));
    }
    return out;
  }

  /**
   * A {@code %packages} line is taken literally, without any quoting: a name that is not a
   * package, group or environment name must never get there, whatever validation said.
   */
  private static String packageLine(String name) {
    if (!Syntax.matches(Syntax.PACKAGE, name)) {
      throw new IllegalArgumentException("refusing to write " + Syntax.show(name) + " as a %packages line");
    }
    return name;
  }

  /** @return the text in base64, in lines of 76 characters; empty for null */
  static List<String> base64Lines(String text) {
    if (text == null) {
      return List.of();
    }
    String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < encoded.length(); i += BASE64_LINE) {
      lines.add(encoded.substring(i, Math.min(encoded.length(), i + BASE64_LINE)));
    }
    return lines;
  }
}
