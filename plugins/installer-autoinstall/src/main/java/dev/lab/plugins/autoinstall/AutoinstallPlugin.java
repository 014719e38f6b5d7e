package dev.lab.plugins.autoinstall;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.NotImplementedException;
import dev.lab.api.Problem;
import dev.lab.api.Templates;
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

/** Ubuntu 24.04 autoinstall. Not implemented yet: it says so instead of rendering anything. */
@Extension
public final class AutoinstallPlugin implements InstallerPlugin {
  private static final String NOT_YET = "the autoinstall plugin is not implemented yet";

  @Override
  public String name() {
    return "autoinstall";
  }

  @Override
  public String description() {
    return "Ubuntu 24.04 autoinstall (not implemented yet)";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return Set.of(Architecture.X86_64, Architecture.AARCH64);
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
    return List.of(Problem.of("profile.method", NOT_YET));
  }

  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    throw new NotImplementedException(NOT_YET);
  }

  @Override
  public BootSpec preparePxe(PxeConfig config) {
    throw new NotImplementedException(NOT_YET);
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    throw new NotImplementedException(NOT_YET);
  }
}
