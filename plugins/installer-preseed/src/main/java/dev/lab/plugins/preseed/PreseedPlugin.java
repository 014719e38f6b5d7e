package dev.lab.plugins.preseed;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Debian 12 through debian-installer's network preseeding: {@code preseed.cfg} (answers for every
 * question of an unattended install, progress reports and the post-install configuration in {@code
 * preseed/late_command}), {@code enroll.sh} (OpenVox enrollment, run by late_command) and the
 * netboot spec of d-i's {@code linux} and {@code initrd.gz}.
 *
 * <p>Profile options: see {@link PreseedOptions}.
 */
@Extension
public final class PreseedPlugin implements InstallerPlugin {
  static final String PRESEED_CFG = "preseed.cfg";
  static final String ENROLL_SH = "enroll.sh";

  @Override
  public String name() {
    return "preseed";
  }

  @Override
  public String description() {
    return "Debian 12 with debian-installer network preseeding";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return Set.of(Architecture.X86_64, Architecture.AARCH64);
  }

  @Override
  public Set<String> osFamilies() {
    return Set.of("debian");
  }

  @Override
  public Set<InstallMethod> methods() {
    return Set.of(InstallMethod.NATIVE);
  }

  @Override
  public List<Problem> validate(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(SystemRules.check(config));
    problems.addAll(NetworkRules.check(config));
    problems.addAll(DiskRules.check(config.profile().disk()));
    problems.addAll(AccountRules.check(config.profile()));
    return problems;
  }

  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    requireValid(config);
    List<RenderedFile> files = new ArrayList<>();
    files.add(RenderedFile.text(PRESEED_CFG, templates.render(PRESEED_CFG + ".ftl", PreseedModel.of(config))));
    if (config.enrollment() != null) {
      files.add(generateEnrollmentScript(config.enrollment(), templates));
    }
    return files;
  }

  @Override
  public BootSpec preparePxe(PxeConfig config) {
    requireValid(config.install());
    return PreseedBoot.of(config);
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    return EnrollmentScript.render(enrollment, templates);
  }

  private void requireValid(InstallConfig config) {
    List<Problem> problems = validate(config);
    if (!problems.isEmpty()) {
      throw new UnsupportedConfigException(problems);
    }
  }
}
