package dev.lab.core.state;

import dev.lab.api.model.RenderedFile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Lab's durable state. Every method is atomic and safe to call from many threads (and, on a shared
 * database, from several Lab servers): conditional updates decide races, so a token is consumed
 * once and an install completes once.
 */
public interface StateStore extends AutoCloseable {

  /**
   * Approves an installation: supersedes the server's pending onboarding (revoking its tokens),
   * stores the new one with its files, boot specs and token hashes, and records it in the
   * server's timeline.
   *
   * @return the new onboarding, in state {@link OnboardingState#APPROVED}
   */
  Onboarding approve(NewOnboarding onboarding, Instant now);

  /** @return the onboarding with this id */
  Optional<Onboarding> onboarding(String id);

  /** @return the server's newest onboarding that has not been superseded */
  Optional<Onboarding> current(String server);

  /** @return the newest onboarding of every server that has one, by server name */
  List<Onboarding> currentAll();

  /**
   * @return what the token unlocks, when it is well-formed, known, of that purpose, not expired,
   *     not revoked, not consumed, and its onboarding still accepts it (a files token dies when the
   *     install is done or superseded); empty otherwise, with no hint of which
   */
  Optional<TokenGrant> redeem(String token, TokenPurpose purpose, Instant now);

  /**
   * Consumes a one-time token: succeeds once, for the first caller.
   *
   * @return whether this call consumed it
   */
  boolean consume(String token, TokenPurpose purpose, Instant now);

  /** @return one of the onboarding's stored files */
  Optional<RenderedFile> file(String onboardingId, String name);

  /** @return the onboarding's stored boot specs (JSON) */
  String bootSpecs(String onboardingId);

  /**
   * Moves an onboarding from one of the given states to another, recording why.
   *
   * @return whether it moved (false when it was in none of the given states)
   */
  boolean transition(String onboardingId, java.util.Set<OnboardingState> from, OnboardingState to,
      String reason, Instant now);

  /** Appends an entry to a server's timeline. */
  void record(TimelineEvent event);

  /** @return a server's timeline, oldest first, at most {@code limit} newest entries */
  List<TimelineEvent> timeline(String server, int limit);

  /**
   * @return the first progress event of this type an onboarding's installer or agent posted, if any
   *     (one lookup, not the server's whole timeline: boot decisions ask it)
   */
  Optional<TimelineEvent> progress(Onboarding onboarding, String type);

  /** @return the discovered machines, in the same database */
  DiscoveryStore discovery();

  @Override
  void close();
}
