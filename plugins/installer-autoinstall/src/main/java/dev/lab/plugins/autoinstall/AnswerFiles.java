package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Profile;
import dev.lab.api.model.RenderedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the NoCloud seed an autoinstall boots from: {@code user-data} (the autoinstall itself),
 * {@code meta-data} and {@code vendor-data}, plus {@code enroll.sh}, which the late-commands fetch
 * and run inside the installed system.
 */
final class AnswerFiles {
  /** The default OpenVox package source: the release packages that set up the apt repository. */
  static final String OPENVOX_APT = "https://apt.voxpupuli.org/";
  private static final String YAML = "text/yaml; charset=utf-8";
  private static final String SHELL = "text/x-shellscript; charset=utf-8";

  private AnswerFiles() {}

  static List<RenderedFile> render(InstallConfig config, Templates templates) {
    Accounts accounts = Accounts.of(config.server(), config.profile());
    Profile profile = config.profile();
    Map<String, Object> model = new HashMap<>();
    model.put("hostname", config.server().hostname());
    model.put("events", config.urls().events());
    model.put("locale", profile.locale());
    model.put("keyboardLayout", Syntax.keyboardLayout(profile.keyboard()));
    model.put("keyboardVariant", Syntax.keyboardVariant(profile.keyboard()));
    model.put("timezone", profile.timezone());
    model.put("packages", profile.packages());
    model.put("ntpServers", profile.ntpServers());
    model.put("mirror", config.artifacts().repository());
    model.put("accounts", accounts);
    model.put("netplan", Netplan.of(config.network(), profile.options()));
    model.put("storage", CurtinStorage.of(profile.disk(), config.server().firmware()));
    model.put("commands", InstallCommands.of(config, accounts));
    model.put("instanceId", InstanceId.of(config));
    List<RenderedFile> files = new ArrayList<>();
    files.add(new RenderedFile("user-data", YAML, templates.render("user-data.ftl", model)));
    files.add(new RenderedFile("meta-data", YAML, templates.render("meta-data.ftl", model)));
    files.add(new RenderedFile("vendor-data", YAML, templates.render("vendor-data.ftl", model)));
    if (config.enrollment() != null) {
      files.add(enrollmentScript(config.enrollment(), templates));
    }
    return files;
  }

  static RenderedFile enrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    String release = PlatformRules.release(enrollment.osVersion());
    if (release == null) {
      throw new UnsupportedConfigException(Problem.of("image.version", "OpenVox enrollment on Ubuntu needs"
          + " release 24.04"));
    }
    String base = enrollment.packageRepository() == null ? OPENVOX_APT : enrollment.packageRepository();
    String url = (base.endsWith("/") ? base : base + "/") + "openvox8-release-ubuntu" + release + ".deb";
    String script = templates.render("enroll.sh.ftl", Map.of("enrollment", enrollment, "releasePackageUrl", url));
    return new RenderedFile(AutoinstallPlugin.ENROLL_SCRIPT, SHELL, script);
  }
}
