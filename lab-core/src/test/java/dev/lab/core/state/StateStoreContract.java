package dev.lab.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.RenderedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every engine of the state store must do, run once per engine by a subclass: each test gets
 * an empty database, and {@link #open()} opens another store on that same database (a restart, or
 * a second Lab server).
 */
abstract class StateStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  private JdbcStateStore store;
  private final List<JdbcStateStore> others = new ArrayList<>();

  /** @return a new store on this test's database */
  abstract JdbcStateStore open();

  /** @return every byte the engine keeps of this test's tokens table, as text */
  abstract String storedTokens(JdbcStateStore store) throws Exception;

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStores() {
    store.close();
    others.forEach(JdbcStateStore::close);
  }

  private JdbcStateStore another() {
    JdbcStateStore other = open();
    others.add(other);
    return other;
  }

  private static NewOnboarding onboarding(String server, String filesToken, String enrollToken) {
    return new NewOnboarding(server, "web", "native", "kickstart",
        List.of(RenderedFile.text("ks.cfg", "text\n")), "{\"uefi\":{}}",
        Map.of(TokenPurpose.FILES, filesToken, TokenPurpose.ENROLLMENT, enrollToken),
        Map.of(TokenPurpose.FILES, T0.plus(Duration.ofHours(24)), TokenPurpose.ENROLLMENT, T0.plus(Duration.ofHours(48))));
  }

  @Test
  void approvedOnboardingServesItsFilesUnderItsToken() {
    String files = Tokens.generate();
    Onboarding o = store.approve(onboarding("web01", files, Tokens.generate()), T0);
    assertThat(o.state()).isEqualTo(OnboardingState.APPROVED);
    TokenGrant grant = store.redeem(files, TokenPurpose.FILES, T0.plusSeconds(5)).orElseThrow();
    assertThat(grant.onboarding().id()).isEqualTo(o.id());
    assertThat(store.file(o.id(), "ks.cfg")).map(RenderedFile::content).contains("text\n");
    assertThat(store.file(o.id(), "other")).isEmpty();
    assertThat(store.bootSpecs(o.id())).isEqualTo("{\"uefi\":{}}");
  }

  @Test
  void tokenWorksOnlyForItsPurposeAndUntilItExpires() {
    String files = Tokens.generate();
    String enroll = Tokens.generate();
    store.approve(onboarding("web01", files, enroll), T0);
    assertThat(store.redeem(files, TokenPurpose.ENROLLMENT, T0)).isEmpty();
    assertThat(store.redeem(enroll, TokenPurpose.FILES, T0)).isEmpty();
    assertThat(store.redeem(files, TokenPurpose.FILES, T0.plus(Duration.ofHours(25)))).isEmpty();
    assertThat(store.redeem(Tokens.generate(), TokenPurpose.FILES, T0)).isEmpty();
    assertThat(store.redeem("not a token", TokenPurpose.FILES, T0)).isEmpty();
  }

  @Test
  void reapprovingSupersedesTheOldOnboardingAndRevokesItsTokens() {
    String oldFiles = Tokens.generate();
    Onboarding first = store.approve(onboarding("web01", oldFiles, Tokens.generate()), T0);
    String newFiles = Tokens.generate();
    Onboarding second = store.approve(onboarding("web01", newFiles, Tokens.generate()), T0.plusSeconds(60));
    assertThat(store.onboarding(first.id()).orElseThrow().state()).isEqualTo(OnboardingState.SUPERSEDED);
    assertThat(store.redeem(oldFiles, TokenPurpose.FILES, T0.plusSeconds(61))).isEmpty();
    assertThat(store.redeem(newFiles, TokenPurpose.FILES, T0.plusSeconds(61))).isPresent();
    assertThat(store.current("web01")).map(Onboarding::id).contains(second.id());
  }

  @Test
  void filesTokenDiesWhenTheInstallIsDone() {
    String files = Tokens.generate();
    Onboarding o = store.approve(onboarding("web01", files, Tokens.generate()), T0);
    assertThat(store.transition(o.id(), OnboardingState.PENDING, OnboardingState.INSTALLED, "done", T0.plusSeconds(1)))
        .isTrue();
    assertThat(store.redeem(files, TokenPurpose.FILES, T0.plusSeconds(2))).isEmpty();
    assertThat(store.transition(o.id(), OnboardingState.PENDING, OnboardingState.INSTALLED, "again", T0.plusSeconds(3)))
        .isFalse();
  }

  @Test
  void concurrentCompletionsCompleteOnce() throws Exception {
    Onboarding o = store.approve(onboarding("web01", Tokens.generate(), Tokens.generate()), T0);
    List<Boolean> results = concurrently(100, () ->
        store.transition(o.id(), OnboardingState.PENDING, OnboardingState.INSTALLED, "done", T0.plusSeconds(1)));
    assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
    assertThat(store.timeline("web01", 100)).filteredOn(e -> e.type().equals("installed")).hasSize(1);
  }

  @Test
  void aOneTimeTokenIsConsumedOnceUnderConcurrency() throws Exception {
    String enroll = Tokens.generate();
    store.approve(onboarding("web01", Tokens.generate(), enroll), T0);
    List<Boolean> results = concurrently(100, () -> store.consume(enroll, TokenPurpose.ENROLLMENT, T0.plusSeconds(1)));
    assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
    assertThat(store.redeem(enroll, TokenPurpose.ENROLLMENT, T0.plusSeconds(2))).isEmpty();
  }

  @Test
  void stateSurvivesReopening() {
    String files = Tokens.generate();
    Onboarding o = store.approve(onboarding("web01", files, Tokens.generate()), T0);
    store.record(new TimelineEvent(T0.plusSeconds(2), "web01", o.id(), "progress", "install-started", "anaconda", null));
    store.close();
    store = open();
    assertThat(store.redeem(files, TokenPurpose.FILES, T0.plusSeconds(3))).isPresent();
    assertThat(store.timeline("web01", 10)).extracting(TimelineEvent::type)
        .containsExactly("approved", "install-started");
  }

  @Test
  void aReapprovalInTheSameMillisecondIsStillTheNewest() {
    Onboarding first = store.approve(onboarding("web01", Tokens.generate(), Tokens.generate()), T0);
    store.transition(first.id(), OnboardingState.PENDING, OnboardingState.INSTALLED, "done", T0);
    Onboarding second = store.approve(onboarding("web01", Tokens.generate(), Tokens.generate()), T0);
    assertThat(store.current("web01")).map(Onboarding::id).contains(second.id());
    assertThat(second.createdAt()).isAfter(first.createdAt());
  }

  @Test
  void currentAllListsTheNewestOnboardingPerServer() {
    store.approve(onboarding("a", Tokens.generate(), Tokens.generate()), T0);
    store.approve(onboarding("a", Tokens.generate(), Tokens.generate()), T0.plusSeconds(5));
    store.approve(onboarding("b", Tokens.generate(), Tokens.generate()), T0.plusSeconds(6));
    assertThat(store.currentAll()).extracting(Onboarding::server).containsExactly("a", "b");
    assertThat(store.currentAll()).extracting(Onboarding::state).containsOnly(OnboardingState.APPROVED);
  }

  @Test
  void tokensAreStoredOnlyAsHashes() throws Exception {
    String files = Tokens.generate();
    String enroll = Tokens.generate();
    store.approve(onboarding("web01", files, enroll), T0);
    String stored = storedTokens(store);
    assertThat(stored).contains(Tokens.hash(files)).doesNotContain(files).doesNotContain(enroll);
  }

  @Test
  void twoStoresOnOneDatabaseCompleteAnInstallOnce() throws Exception {
    JdbcStateStore other = another();
    Onboarding o = store.approve(onboarding("web01", Tokens.generate(), Tokens.generate()), T0);
    List<JdbcStateStore> both = List.of(store, other);
    AtomicInteger turn = new AtomicInteger();
    List<Boolean> results = concurrently(100, () -> both.get(turn.getAndIncrement() % 2)
        .transition(o.id(), OnboardingState.PENDING, OnboardingState.INSTALLED, "done", T0.plusSeconds(1)));
    assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
    assertThat(other.timeline("web01", 100)).filteredOn(e -> e.type().equals("installed")).hasSize(1);
    assertThat(store.onboarding(o.id()).orElseThrow().state()).isEqualTo(OnboardingState.INSTALLED);
  }

  @Test
  void twoStoresOnOneDatabaseConsumeATokenOnce() throws Exception {
    JdbcStateStore other = another();
    String enroll = Tokens.generate();
    store.approve(onboarding("web01", Tokens.generate(), enroll), T0);
    List<JdbcStateStore> both = List.of(store, other);
    AtomicInteger turn = new AtomicInteger();
    List<Boolean> results = concurrently(100, () -> both.get(turn.getAndIncrement() % 2)
        .consume(enroll, TokenPurpose.ENROLLMENT, T0.plusSeconds(1)));
    assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
  }

  @Test
  void concurrentReapprovalsLeaveExactlyOneLiveOnboarding() throws Exception {
    JdbcStateStore other = another();
    List<JdbcStateStore> both = List.of(store, other);
    AtomicInteger turn = new AtomicInteger();
    List<Onboarding> approvals = concurrently(40, () -> both.get(turn.getAndIncrement() % 2)
        .approve(onboarding("web01", Tokens.generate(), Tokens.generate()), T0));
    String current = store.current("web01").orElseThrow().id();
    List<OnboardingState> states = approvals.stream()
        .map(a -> store.onboarding(a.id()).orElseThrow().state()).toList();
    assertThat(states).filteredOn(s -> s != OnboardingState.SUPERSEDED).hasSize(1);
    assertThat(store.onboarding(current).orElseThrow().state()).isEqualTo(OnboardingState.APPROVED);
    assertThat(approvals).extracting(Onboarding::createdAt).doesNotHaveDuplicates();
    assertThat(store.currentAll()).extracting(Onboarding::id).containsExactly(current);
  }

  @Test
  void eventsOfOneInstantKeepTheOrderTheyWereRecordedIn() {
    JdbcStateStore other = another();
    List<JdbcStateStore> both = List.of(store, other);
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sent.add("step " + i);
      both.get(i % 2).record(new TimelineEvent(T0, "web01", null, "progress", "install-progress", "step " + i, null));
    }
    assertThat(store.timeline("web01", 100)).extracting(TimelineEvent::message).containsExactlyElementsOf(sent);
    assertThat(other.timeline("web01", 10)).extracting(TimelineEvent::message)
        .containsExactlyElementsOf(sent.subList(30, 40));
  }

  @Test
  void progressFindsTheFirstEventOfATypeOfThatOnboardingOnly() {
    Onboarding old = store.approve(onboarding("web01", "f-old", "e-old"), T0);
    Onboarding current = store.approve(onboarding("web01", "f-new", "e-new"), T0.plusSeconds(1));
    store.record(new TimelineEvent(T0.plusSeconds(2), "web01", old.id(), "progress", "deploy-finished", "old", null));
    store.record(new TimelineEvent(T0.plusSeconds(3), "web01", current.id(), "decision", "deploy-finished", "x", null));
    store.record(new TimelineEvent(T0.plusSeconds(4), "web01", current.id(), "progress", "agent-started", "up", null));
    assertThat(store.progress(current, "deploy-finished")).isEmpty();
    store.record(new TimelineEvent(T0.plusSeconds(5), "web01", current.id(), "progress", "deploy-finished", "1st", null));
    store.record(new TimelineEvent(T0.plusSeconds(6), "web01", current.id(), "progress", "deploy-finished", "2nd", null));
    assertThat(store.progress(current, "deploy-finished")).map(TimelineEvent::message).contains("1st");
    assertThat(store.progress(old, "deploy-finished")).map(TimelineEvent::message).contains("old");
  }

  private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(task));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

}
