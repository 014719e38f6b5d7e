package dev.lab.plugins.vyos;

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
import dev.lab.plugins.vyos.validate.VyosValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * VyOS 1.4 (sagitta): writes {@code config.boot}, live-boots VyOS over HTTP with that configuration,
 * and enrolls the router into OpenVox from VyOS's post-config boot script.
 *
 * <p>Answer files: {@code config.boot}; {@code vyos-postconfig-bootup.script} when the profile
 * enrolls; {@code vyos-live-config.cpio}, the extra initrd that carries both into the live system.
 * Plugin options ({@code Profile.options}): {@code vyos.ssh.port}.
 */
@Extension
public final class VyosPlugin implements InstallerPlugin {

  @Override
  public String name() {
    return "vyos";
  }

  @Override
  public String description() {
    return "VyOS 1.4 (sagitta): config.boot, live boot over HTTP, OpenVox enrollment";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return Set.of(Architecture.X86_64, Architecture.AARCH64);
  }

  @Override
  public Set<String> osFamilies() {
    return Set.of("vyos");
  }

  @Override
  public Set<InstallMethod> methods() {
    return Set.of(InstallMethod.NATIVE);
  }

  @Override
  public List<Problem> validate(InstallConfig config) {
    return VyosValidator.validate(config);
  }

  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    List<Problem> problems = validate(config);
    if (!problems.isEmpty()) {
      throw new UnsupportedConfigException(problems);
    }
    String configBoot = ConfigBootWriter.render(config);
    RenderedFile enrollment = config.enrollment() == null ? null
        : generateEnrollmentScript(config.enrollment(), templates);
    List<RenderedFile> files = new ArrayList<>();
    files.add(RenderedFile.text("config.boot", configBoot));
    if (enrollment != null) {
      files.add(enrollment);
    }
    files.add(LiveConfigArchive.render(configBoot, enrollment, templates));
    return List.copyOf(files);
  }

  @Override
  public BootSpec preparePxe(PxeConfig config) {
    return LiveBoot.spec(config);
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    return EnrollmentScript.render(enrollment, templates);
  }
}
