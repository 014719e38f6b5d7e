package dev.lab.core.state;

import java.time.Instant;

/**
 * One approved installation of one server.
 *
 * @param id its id
 * @param server the server's name
 * @param profile the profile it was approved with
 * @param method {@code native} or {@code rootfs}
 * @param plugin the plugin that rendered it
 * @param state where it is
 * @param reason why it is in that state (a failure's cause), nullable
 * @param createdAt when it was approved
 * @param updatedAt when its state last changed
 */
public record Onboarding(String id, String server, String profile, String method, String plugin,
    OnboardingState state, String reason, Instant createdAt, Instant updatedAt) {}
