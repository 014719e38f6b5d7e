package dev.lab.api;

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
import org.pf4j.ExtensionPoint;

/**
 * Installs one family of operating systems: writes the OS's own answer file(s), says how to
 * network-boot the OS's installer (or Lab's rootfs agent), and writes the script that enrolls the
 * installed host into OpenVox/Puppet.
 *
 * <p>Implementations are PF4J extensions ({@code @Extension}) packaged in a plugin jar. They must
 * be stateless and thread-safe: the host calls them concurrently, with immutable inputs, and keeps
 * no per-call state in them. They do no I/O other than rendering templates through the given
 * {@link Templates}.
 *
 * <p>The host always calls {@link #validate} before any other method with the same input and does
 * not call the others when it returned problems.
 */
public interface InstallerPlugin extends ExtensionPoint {

  /**
   * @return the plugin's unique name, lowercase letters, digits and dashes, for example {@code
   *     kickstart}; also the name of its template folder
   */
  String name();

  /** @return one line saying what the plugin installs, for {@code lab plugins list} */
  String description();

  /** @return the CPU architectures this plugin can install, never empty */
  Set<Architecture> supportedArchitectures();

  /**
   * @return the OS families this plugin serves, matched against an image's {@code os} (for example
   *     {@code fedora}, {@code almalinux}, {@code rhel}); empty for a plugin that serves any OS
   *     (the rootfs deployer)
   */
  Set<String> osFamilies();

  /** @return the install methods this plugin implements, never empty */
  Set<InstallMethod> methods();

  /**
   * Checks a configuration for everything this OS or installer cannot do, before anything renders.
   * The host has already validated the model itself (hostnames, MACs, CIDRs, references, sizes).
   *
   * @param config the configuration to check
   * @return every problem found, empty when the configuration can be rendered; never throws for
   *     bad input
   */
  List<Problem> validate(InstallConfig config);

  /**
   * Writes the installer's answer file(s) for one machine.
   *
   * @param config a configuration {@link #validate} accepted
   * @param templates the plugin's templates, with the lab directory's overrides applied
   * @return the files in the order a user should read them, for example {@code ks.cfg}, or {@code
   *     user-data}, {@code meta-data}, {@code vendor-data}; names are unique plain file names;
   *     empty for a plugin whose installs are a {@link #deployPlan deploy plan}
   * @throws UnsupportedConfigException if the configuration cannot be served after all
   * @throws NotImplementedException if the plugin does not implement this yet
   * @throws InstallerException if the plugin fails for a reason of its own
   */
  List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates);

  /**
   * Says how to network-boot this installation: kernel, initrds, multiboot modules and kernel
   * arguments as data. The host turns the spec into iPXE, GRUB and pxelinux text with each loader's
   * own quoting; a plugin never joins arguments into a command line itself.
   *
   * @param config a configuration {@link #validate} accepted, with the firmware to boot with
   * @return the boot spec
   * @throws UnsupportedConfigException if this firmware or architecture cannot be served
   * @throws NotImplementedException if the plugin does not implement this yet
   */
  BootSpec preparePxe(PxeConfig config);

  /**
   * Writes the post-install script that enrolls the installed host into OpenVox/Puppet: installs
   * the agent, writes {@code csr_attributes.yaml} with the one-time token as challengePassword and
   * the labels' trusted facts as extension requests, points the agent at the server and starts it.
   *
   * @param enrollment the token, labels and server to enroll with
   * @param templates the plugin's templates, with the lab directory's overrides applied
   * @return the script
   * @throws NotImplementedException if the plugin does not implement this yet
   */
  RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates);

  /**
   * Plans a deploy by Lab's agent (the rootfs install path): the ordered actions that partition the
   * disk, put the OS on it and make it boot. The host serialises the plan as the onboarding's file
   * {@code plan.json} (media type {@code application/json}), served with its other files, and
   * shows it in {@code lab render}. Only plugins whose installs the agent performs implement this.
   *
   * @param config a configuration {@link #validate} accepted
   * @param templates the plugin's templates, with the lab directory's overrides applied (for the
   *     contents of the files the plan writes)
   * @return the plan, or empty (the default) when this plugin's installs use no deploy plan
   * @throws UnsupportedConfigException if the configuration cannot be served after all
   * @throws InstallerException if the plugin fails for a reason of its own
   */
  default Optional<DeployPlan> deployPlan(InstallConfig config, Templates templates) {
    return Optional.empty();
  }
}
