package dev.lab.core.state;

/**
 * What a live token unlocks.
 *
 * @param onboarding the onboarding it belongs to
 * @param purpose what it is for
 */
public record TokenGrant(Onboarding onboarding, TokenPurpose purpose) {}
