package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lab.core.enroll.AutosignDecision;
import dev.lab.core.enroll.AutosignPolicy;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.TimelineEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lab's autosign policy over the example lab: db01 (profile debian-db: role database,
 * environment production, labels database, production, rack1) enrolls once with its token and
 * the trusted facts Lab issued, and nothing else gets signed. One behaviour per test; every decision is in the
 * timeline.
 */
class AutosignTest {
  private static final String DB01 = "db01.lab.example";
  private static final String[] AUTH = {"Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN};

  @TempDir
  Path dir;
  LabFixture lab;
  AutosignPolicy policy;

  @BeforeEach
  void start() {
    lab = LabFixture.start(dir);
    policy = new AutosignPolicy(lab.context.lab(), lab.store, lab.clock);
  }

  @AfterEach
  void stop() {
    lab.close();
  }

  @Test
  void approvesTheIssuedTokenAndTrustedFactsOnce() {
    Approval approval = lab.approve("db01");

    AutosignDecision decision = policy.decide(DB01, issued(approval).pem());

    assertThat(decision.approved()).as(decision.reason()).isTrue();
    assertThat(decision.server()).isEqualTo("db01");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.ENROLLED);
    assertThat(types("db01")).contains("autosign-approved", "enrolled");
  }

  @Test
  void refusesTheSameTokenAgain() {
    String pem = issued(lab.approve("db01")).pem();
    policy.decide(DB01, pem);

    assertRefused(policy.decide(DB01, pem), "its challengePassword is not a live enrollment token (unknown, already"
        + " used, expired or revoked)");
  }

  @Test
  void refusesAnotherServersToken() {
    Approval k8s02 = lab.approve("k8s02");
    lab.approve("db01");

    assertRefused(policy.decide(DB01, Csrs.of(DB01).challenge(token(k8s02)).extension(Csrs.PP_ROLE, "database")
        .extension(Csrs.PP_ENVIRONMENT, "production").extension(Csrs.LABELS, "database,production,rack1").pem()),
        "its enrollment token was issued for another server, not db01");
  }

  @Test
  void refusesAnExpiredToken() {
    String pem = issued(lab.approve("db01")).pem();
    lab.clock.advance(Duration.ofHours(24).plusSeconds(1));

    assertRefused(policy.decide(DB01, pem), "its challengePassword is not a live enrollment token (unknown, already"
        + " used, expired or revoked)");
  }

  @Test
  void refusesAnExtraExtensionAndKeepsTheTokenForTheRealAgent() {
    Approval approval = lab.approve("db01");

    assertRefused(policy.decide(DB01, issued(approval).extension("1.3.6.1.4.1.34380.1.3.1", "admin").pem()),
        "the request asks for the extension pp_authorization, which Lab did not issue");
    assertThat(policy.decide(DB01, issued(approval).pem()).approved()).isTrue();
  }

  @Test
  void refusesAnotherRole() {
    Approval approval = lab.approve("db01");

    assertRefused(policy.decide(DB01, Csrs.of(DB01).challenge(token(approval)).extension(Csrs.PP_ROLE, "webserver")
        .extension(Csrs.PP_ENVIRONMENT, "production").extension(Csrs.LABELS, "database,production,rack1").pem()),
        "the request asks for pp_role = 'webserver', Lab issued 'database'");
  }

  @Test
  void refusesMissingLabels() {
    Approval approval = lab.approve("db01");

    assertRefused(policy.decide(DB01, Csrs.of(DB01).challenge(token(approval)).extension(Csrs.PP_ROLE, "database")
        .extension(Csrs.PP_ENVIRONMENT, "production").pem()),
        "the request lacks the extension 1.3.6.1.4.1.34380.1.2.1 Lab issued");
  }

  @Test
  void refusesARequestWithoutChallengePassword() {
    lab.approve("db01");

    assertRefused(policy.decide(DB01, Csrs.of(DB01).extension(Csrs.PP_ROLE, "database").pem()),
        "the request has no challengePassword (Lab's enrollment token)");
  }

  @Test
  void refusesARequestForAnotherCertname() {
    Approval approval = lab.approve("db01");

    assertRefused(policy.decide(DB01, Csrs.of("k8s02.lab.example").challenge(token(approval)).pem()),
        "the request's subject CN 'k8s02.lab.example' is not the certname db01.lab.example");
  }

  @Test
  void refusesMalformedInputAndRecordsIt() {
    lab.approve("db01");

    assertRefused(policy.decide(DB01, "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"),
        "the PEM block does not hold a well-formed PKCS#10 certificate request");
    assertThat(types("db01")).contains("autosign-refused");
  }

  @Test
  void refusesAnUnknownCertname() {
    Approval approval = lab.approve("db01");
    String cn = "stranger.lab.example";

    assertRefused(policy.decide(cn, Csrs.of(cn).challenge(token(approval)).pem()),
        "no server in the inventory has the certname stranger.lab.example");
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
  }

  @Test
  void concurrentRequestsWithOneTokenSignOnce() throws Exception {
    String pem = issued(lab.approve("db01")).pem();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<AutosignDecision>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> policy.decide(DB01, pem));
      }
      long approved = 0;
      for (Future<AutosignDecision> f : pool.invokeAll(calls)) {
        approved += f.get().approved() ? 1 : 0;
      }
      assertThat(approved).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theRefusalNeverShowsTheToken() {
    Approval approval = lab.approve("db01");
    lab.clock.advance(Duration.ofDays(2));

    AutosignDecision decision = policy.decide(DB01, issued(approval).pem());

    assertThat(decision.reason()).doesNotContain(token(approval));
    assertThat(lab.store.timeline("db01", 100)).allSatisfy(e ->
        assertThat(e.message() + e.data()).doesNotContain(token(approval)));
  }

  @Test
  void theOperatorApiDecides() {
    Approval approval = lab.approve("db01");

    JsonNode first = Http.json(lab.http.post("/api/v1/autosign/" + DB01, issued(approval).pem(), AUTH));
    JsonNode second = Http.json(lab.http.post("/api/v1/autosign/" + DB01, issued(approval).pem(), AUTH));

    assertThat(first.path("approved").asBoolean()).isTrue();
    assertThat(first.path("server").asText()).isEqualTo("db01");
    assertThat(second.path("approved").asBoolean()).isFalse();
    assertThat(second.path("reason").asText()).contains("not a live enrollment token");
  }

  @Test
  void theOperatorApiNeedsTheOperatorToken() {
    Approval approval = lab.approve("db01");

    assertThat(lab.http.post("/api/v1/autosign/" + DB01, issued(approval).pem()).statusCode()).isEqualTo(401);
    assertThat(lab.store.current("db01").orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
  }

  private static Csrs issued(Approval approval) {
    return Csrs.of(DB01).challenge(token(approval)).extension(Csrs.PP_ROLE, "database")
        .extension(Csrs.PP_ENVIRONMENT, "production").extension(Csrs.LABELS, "database,production,rack1");
  }

  private static String token(Approval approval) {
    return approval.render().config().enrollment().token();
  }

  private void assertRefused(AutosignDecision decision, String reason) {
    assertThat(decision.approved()).isFalse();
    assertThat(decision.reason()).isEqualTo(reason);
  }

  private List<String> types(String server) {
    return lab.store.timeline(server, 100).stream().map(TimelineEvent::type).toList();
  }
}
