package dev.lab.core.onboard;

import dev.lab.core.state.Onboarding;
import dev.lab.core.state.TimelineEvent;
import java.util.Optional;

/**
 * One server's state for {@code lab status}.
 *
 * @param server its name
 * @param onboarding its current onboarding, if any
 * @param last the newest entry of its timeline, if any
 */
public record ServerStatus(String server, Optional<Onboarding> onboarding, Optional<TimelineEvent> last) {}
