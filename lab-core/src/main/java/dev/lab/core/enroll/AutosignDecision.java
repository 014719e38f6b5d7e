package dev.lab.core.enroll;

/**
 * The answer of Lab's autosign policy to one certificate signing request.
 *
 * @param approved whether the Puppet CA is to sign it
 * @param reason why, in one line a Puppet operator can act on; never contains the token
 * @param server the inventory server the certname names; null when it names none
 */
public record AutosignDecision(boolean approved, String reason, String server) {}
