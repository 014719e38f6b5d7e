package dev.lab.core.enroll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.core.config.Lab;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import dev.lab.core.state.TimelineEvent;
import dev.lab.core.state.TokenGrant;
import dev.lab.core.state.TokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lab as the Puppet CA's policy-based autosigning executable: a certificate signing request is
 * approved only when it is a well-formed, correctly signed PKCS#10 request for the certname, its
 * challengePassword is a live one-time enrollment token issued for the server with that certname,
 * and it requests exactly the trusted facts Lab issued for that server's onboarding (the profile's
 * role and environment and the labels) and nothing else. Approving consumes the token (once, even
 * against concurrent requests) and moves the onboarding to {@code enrolled}. Every decision about a
 * known server, approval or refusal, is recorded in its timeline; no message ever contains the
 * token.
 */
public final class AutosignPolicy {
  /** The onboarding states an enrollment may finish. */
  private static final Set<OnboardingState> ENROLLABLE = EnumSet.of(OnboardingState.APPROVED,
      OnboardingState.BOOTING, OnboardingState.INSTALLING, OnboardingState.INSTALLED);
  private static final int SHOWN = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Lab lab;
  private final StateStore store;
  private final Clock clock;

  public AutosignPolicy(Lab lab, StateStore store, Clock clock) {
    this.lab = lab;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Decides on one certificate signing request and records the decision.
   *
   * @param certname the certname the Puppet CA asks about
   * @param pem the request, PEM-encoded
   */
  public AutosignDecision decide(String certname, String pem) {
    Optional<Server> server = Certnames.server(lab, certname);
    Attempt attempt = new Attempt(certname, server.map(Server::name).orElse(null));
    CertificateRequest csr;
    try {
      csr = CertificateRequest.parse(pem);
    } catch (CsrException e) {
      return attempt.refuse(e.getMessage());
    }
    if (!csr.commonName().equals(certname)) {
      return attempt.refuse("the request's subject CN '" + shown(csr.commonName()) + "' is not the certname "
          + shown(certname));
    }
    if (server.isEmpty()) {
      return attempt.refuse("no server in the inventory has the certname " + shown(certname));
    }
    if (csr.challengePassword() == null) {
      return attempt.refuse("the request has no challengePassword (Lab's enrollment token)");
    }
    Instant now = clock.instant();
    Optional<TokenGrant> grant = store.redeem(csr.challengePassword(), TokenPurpose.ENROLLMENT, now);
    if (grant.isEmpty()) {
      return attempt.refuse("its challengePassword is not a live enrollment token (unknown, already used, expired"
          + " or revoked)");
    }
    Onboarding onboarding = grant.get().onboarding();
    attempt.onboarding = onboarding.id();
    if (!onboarding.server().equals(server.get().name())) {
      return attempt.refuse("its enrollment token was issued for another server, not " + server.get().name());
    }
    Optional<Profile> profile = lab.profile(onboarding.profile());
    if (profile.isEmpty()) {
      return attempt.refuse("the profile " + onboarding.profile() + " of onboarding " + onboarding.id()
          + " is no longer in the lab directory");
    }
    Map<String, String> issued = issued(server.get(), profile.get());
    Optional<String> mismatch = mismatch(issued, csr);
    if (mismatch.isPresent()) {
      return attempt.refuse(mismatch.get());
    }
    if (!store.consume(csr.challengePassword(), TokenPurpose.ENROLLMENT, now)) {
      return attempt.refuse("its enrollment token was used by another request at the same time");
    }
    store.transition(onboarding.id(), ENROLLABLE, OnboardingState.ENROLLED,
        "certificate request of " + certname + " approved by lab autosign", now);
    return attempt.approve("certificate request of " + certname + " approved: enrollment token of onboarding "
        + onboarding.id() + " consumed, trusted facts " + display(issued), issued);
  }

  /** @return the extensions Lab issued for the server's enrollment, by numeric OID */
  private static Map<String, String> issued(Server server, Profile profile) {
    Map<String, String> issued = new LinkedHashMap<>();
    InstallConfigFactory.extensionRequests(profile, InstallConfigFactory.labels(server, profile))
        .forEach((name, value) -> issued.put(PuppetOids.numeric(name), value));
    return issued;
  }

  private static Optional<String> mismatch(Map<String, String> issued, CertificateRequest csr) {
    if (!csr.otherAttributes().isEmpty()) {
      return Optional.of("the request carries attributes Lab did not issue: "
          + String.join(", ", csr.otherAttributes()));
    }
    for (Map.Entry<String, String> e : csr.extensionRequests().entrySet()) {
      String expected = issued.get(e.getKey());
      if (expected == null) {
        return Optional.of("the request asks for the extension " + PuppetOids.display(e.getKey())
            + ", which Lab did not issue");
      }
      if (!expected.equals(e.getValue())) {
        return Optional.of("the request asks for " + PuppetOids.display(e.getKey()) + " = '" + shown(e.getValue())
            + "', Lab issued '" + expected + "'");
      }
    }
    for (String oid : issued.keySet()) {
      if (!csr.extensionRequests().containsKey(oid)) {
        return Optional.of("the request lacks the extension " + PuppetOids.display(oid) + " Lab issued");
      }
    }
    return Optional.empty();
  }

  private static String display(Map<String, String> extensions) {
    Map<String, String> shown = new LinkedHashMap<>();
    extensions.forEach((oid, value) -> shown.put(PuppetOids.display(oid), value));
    return shown.isEmpty() ? "none" : shown.toString();
  }

  /** @return text from a request, printable and short, for a one-line message */
  static String shown(String text) {
    String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
    return printable.length() <= SHOWN ? printable : printable.substring(0, SHOWN) + "...";
  }

  /** One decision under way: whom it concerns, and how it is recorded. */
  private final class Attempt {
    private final String certname;
    private final String server;
    private String onboarding;

    Attempt(String certname, String server) {
      this.certname = certname;
      this.server = server;
    }

    AutosignDecision refuse(String reason) {
      record("autosign-refused", "certificate request of " + shown(certname) + " refused: " + reason, Map.of());
      return new AutosignDecision(false, reason, server);
    }

    AutosignDecision approve(String reason, Map<String, String> extensions) {
      record("autosign-approved", reason, extensions);
      return new AutosignDecision(true, reason, server);
    }

    private void record(String type, String message, Map<String, String> extensions) {
      if (server == null) {
        return;
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("certname", shown(certname));
      if (!extensions.isEmpty()) {
        Map<String, String> named = new LinkedHashMap<>();
        extensions.forEach((oid, value) -> named.put(PuppetOids.display(oid), value));
        data.put("extensions", named);
      }
      try {
        store.record(new TimelineEvent(clock.instant(), server, onboarding, "enrollment", type, message,
            JSON.writeValueAsString(data)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
      }
    }
  }
}
