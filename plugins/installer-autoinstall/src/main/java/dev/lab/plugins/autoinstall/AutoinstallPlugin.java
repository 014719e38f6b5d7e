package dev.lab.plugins.autoinstall;

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
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Installs Ubuntu 24.04 with its own installer, subiquity, driven by autoinstall: a NoCloud seed
 * ({@code user-data}, {@code meta-data}, {@code vendor-data}) served by Lab, the live-server kernel
 * and initrd netbooted with the ISO, and an OpenVox enrollment script the install runs in the new
 * system.
 *
 * <p>Options ({@code Profile.options}): {@code autoinstall.bond.<bond>.<parameter>} sets a netplan
 * bond parameter (see {@link PluginOptions}).
 */
@Extension
public final class AutoinstallPlugin implements InstallerPlugin {
  /** The architectures Ubuntu's live-server installer exists for, among Lab's. */
  static final Set<Architecture> ARCHITECTURES = Set.of(Architecture.X86_64, Architecture.AARCH64);
  /** The enrollment script's file name among the onboarding's files. */
  static final String ENROLL_SCRIPT = "enroll.sh";

  @Override
  public String name() {
    return "autoinstall";
  }

  @Override
  public String description() {
    return "Ubuntu 24.04 autoinstall (subiquity, cloud-init NoCloud seed)";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return ARCHITECTURES;
  }

  @Override
  public Set<String> osFamilies() {
    return Set.of("ubuntu");
  }

  @Override
  public Set<InstallMethod> methods() {
    return Set.of(InstallMethod.NATIVE);
  }

  @Override
  public List<Problem> validate(InstallConfig config) {
    return AutoinstallValidator.validate(config);
  }

  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    List<Problem> problems = validate(config);
    if (!problems.isEmpty()) {
      throw new UnsupportedConfigException(problems);
    }
    return AnswerFiles.render(config, templates);
  }

  @Override
  public BootSpec preparePxe(PxeConfig config) {
    return Netboot.of(config);
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    return AnswerFiles.enrollmentScript(enrollment, templates);
  }
}
