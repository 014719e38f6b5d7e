package dev.lab.core.config;

import dev.lab.api.model.Doc;
import dev.lab.core.install.EnrollmentSettings;

/**
 * The site settings of {@code lab.yaml}.
 *
 * @param site the site's name
 * @param server where Lab is reached and listens
 * @param artifacts where artifacts are kept
 * @param enrollment how machines enroll into OpenVox/Puppet
 * @param tokens how long onboarding tokens live
 * @param boot how unknown machines boot
 * @param state where Lab keeps its state
 * @param enc what the Puppet external node classifier answers
 * @param rules how auto-onboard rules run
 */
@Doc("Site settings: Lab's address, artifacts, enrollment, token lifetimes, boot policy and rules.")
public record LabConfig(
    @Doc(value = "Site name.", required = true, example = "homelab") String site,
    @Doc(value = "Where machines reach Lab and where it listens.", required = true) ServerSettings server,
    @Doc("Where artifacts (kernels, initrds, rootfs archives) are kept.") ArtifactSettings artifacts,
    @Doc("Enrollment into OpenVox/Puppet.") SiteEnrollment enrollment,
    @Doc("Lifetimes of onboarding tokens.") TokenSettings tokens,
    @Doc("How machines that network-boot are treated.") BootSettings boot,
    @Doc("Where Lab keeps its state.") StateSettings state,
    @Doc("What lab enc, the Puppet external node classifier, answers.") EncSettings enc,
    @Doc("How auto-onboard rules run.") RuleSettings rules) {

  public LabConfig {
    artifacts = artifacts == null ? new ArtifactSettings(null) : artifacts;
    enrollment = enrollment == null ? new SiteEnrollment(null, null) : enrollment;
    tokens = tokens == null ? new TokenSettings(null, null) : tokens;
    boot = boot == null ? new BootSettings(null) : boot;
    state = state == null ? new StateSettings(null, null, null) : state;
    enc = enc == null ? new EncSettings(null, null, null) : enc;
    rules = rules == null ? new RuleSettings(null) : rules;
  }

  /** @return the enrollment settings install configurations are built with */
  public EnrollmentSettings enrollmentSettings() {
    return new EnrollmentSettings(enrollment.puppetServer(), enrollment.packageRepository());
  }
}
