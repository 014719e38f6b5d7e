package dev.lab.plugins.kickstart;

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
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Installs Fedora (41 and later) and Enterprise Linux 9 and 10 (AlmaLinux, RHEL, Rocky Linux,
 * CentOS Stream) with Anaconda and a kickstart, including bootc images through kickstart's {@code
 * ostreecontainer} command.
 *
 * <p>It writes {@value #KICKSTART} and {@value #ENROLL_SCRIPT} (the OpenVox enrollment that the
 * kickstart's {@code %post} downloads and runs inside the installed system), and boots the install
 * tree's {@code images/pxeboot} kernel and initrd with {@code inst.ks=}. Every method validates its
 * input again before it renders, so nothing it refuses can reach a generated file.
 */
@Extension
public final class KickstartPlugin implements InstallerPlugin {
  /** The answer file. */
  static final String KICKSTART = "ks.cfg";
  /** The enrollment script, served beside the answer file. */
  static final String ENROLL_SCRIPT = "enroll.sh";

  @Override
  public String name() {
    return "kickstart";
  }

  @Override
  public String description() {
    return "Fedora 41+ and Enterprise Linux 9/10 (AlmaLinux, RHEL, Rocky, CentOS Stream) kickstart, including bootc images";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return Set.of(Architecture.X86_64, Architecture.AARCH64);
  }

  @Override
  public Set<String> osFamilies() {
    return OsRelease.FAMILIES;
  }

  @Override
  public Set<InstallMethod> methods() {
    return Set.of(InstallMethod.NATIVE);
  }

  @Override
  public List<Problem> validate(InstallConfig config) {
    return KickstartValidator.validate(config, supportedArchitectures());
  }

  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    requireValid(config);
    List<RenderedFile> files = new ArrayList<>();
    files.add(RenderedFile.text(KICKSTART, templates.render(KICKSTART + ".ftl", KickstartModel.of(config))));
    if (config.enrollment() != null) {
      files.add(generateEnrollmentScript(config.enrollment(), templates));
    }
    return files;
  }

  @Override
  public BootSpec preparePxe(PxeConfig config) {
    requireValid(config.install());
    return Netboot.spec(config.install(), config.firmware());
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    OsRelease release = OsRelease.parse(enrollment.os(), enrollment.osVersion())
        .filter(r -> OsRelease.FAMILIES.contains(r.family()) && r.unsupportedReason().isEmpty())
        .orElseThrow(() -> new UnsupportedConfigException(Problem.of("image.version", "the kickstart plugin"
            + " enrolls Fedora 41+ and Enterprise Linux 9 and 10, not " + Syntax.show(enrollment.os()) + " "
            + Syntax.show(enrollment.osVersion()))));
    String content = templates.render(ENROLL_SCRIPT + ".ftl", Map.of("enrollment", enrollment,
        "releasePackageUrl", release.openvoxReleasePackage(enrollment.packageRepository())));
    return new RenderedFile(ENROLL_SCRIPT, "text/x-shellscript; charset=utf-8", content);
  }

  private void requireValid(InstallConfig config) {
    List<Problem> problems = validate(config);
    if (!problems.isEmpty()) {
      throw new UnsupportedConfigException(problems);
    }
  }
}
