package dev.lab.core.state;

import java.time.Instant;

/**
 * One entry of a server's timeline.
 *
 * @param at when it happened
 * @param server the server's name (or {@code mac:<mac>} for an unknown machine)
 * @param onboardingId the onboarding it belongs to, nullable
 * @param kind {@code boot} (a boot decision), {@code progress} (an installer's event), {@code
 *     state} (a lifecycle change) or {@code enrollment}
 * @param type the event's type, for example {@code local-boot}, {@code install-started}
 * @param message a human-readable explanation, nullable
 * @param data further details as a JSON object, nullable
 */
public record TimelineEvent(Instant at, String server, String onboardingId, String kind, String type,
    String message, String data) {}
