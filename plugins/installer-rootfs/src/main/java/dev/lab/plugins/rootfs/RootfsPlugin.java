package dev.lab.plugins.rootfs;

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
import dev.lab.api.plan.DeployPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The universal rootfs deploy: Lab's agent network-boots, fetches the deploy plan this plugin
 * writes ({@code plan.json}), partitions the disk, streams the image's rootfs archive onto it,
 * writes the per-host files, installs GRUB and reboots into the installed system, whose first-boot
 * unit reports to Lab and enrolls. It serves any OS whose image has a rootfs archive with GRUB,
 * systemd and curl in it.
 */
@Extension
public final class RootfsPlugin implements InstallerPlugin {

  @Override
  public String name() {
    return "rootfs";
  }

  @Override
  public String description() {
    return "Universal rootfs deploy by Lab's agent (any OS with a rootfs archive)";
  }

  @Override
  public Set<Architecture> supportedArchitectures() {
    return Set.of(Architecture.X86_64, Architecture.AARCH64);
  }

  @Override
  public Set<String> osFamilies() {
    return Set.of();
  }

  @Override
  public Set<InstallMethod> methods() {
    return Set.of(InstallMethod.ROOTFS);
  }

  @Override
  public List<Problem> validate(InstallConfig config) {
    return RootfsRules.check(config);
  }

  /** @return nothing: a rootfs deploy has no installer answer files, its plan is {@link #deployPlan} */
  @Override
  public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
    return List.of();
  }

  @Override
  public Optional<DeployPlan> deployPlan(InstallConfig config, Templates templates) {
    List<Problem> problems = RootfsRules.check(config);
    if (!problems.isEmpty()) {
      throw new UnsupportedConfigException(problems);
    }
    return Optional.of(RootfsPlan.build(config, templates));
  }

  /**
   * The agent boots the same way under BIOS and UEFI. The plan prepares the disk for the server's
   * firmware in the inventory; the agent refuses a plan whose {@code firmware} is not the one it
   * booted with, so a machine booted the other way is not deployed with the wrong boot loader.
   */
  @Override
  public BootSpec preparePxe(PxeConfig config) {
    return AgentBoot.spec(config.install());
  }

  @Override
  public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
    return FirstBoot.enrollmentScript(enrollment, templates);
  }
}
