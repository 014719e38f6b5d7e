package dev.lab.puppet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.LabContext;
import dev.lab.core.config.ExampleLab;
import dev.lab.core.onboard.Approval;
import dev.lab.core.state.OnboardingState;
import dev.lab.core.state.StateStore;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Enrollment end to end against Debian's puppetserver and puppet-agent on loopback, with the
 * distribution's {@code lab autosign} as the CA's policy executable and {@code lab enc} as the node
 * classifier, over the example lab. db01 (profile debian-db: role database, environment
 * production, labels database, production, rack1) runs the enrollment script Lab generated and
 * gets a certificate with those trusted facts and a catalog with the classes {@code lab enc} maps
 * them to; then a reused token, another server's token, an expired token and a request for an
 * extra trusted fact are each refused, and {@code lab status} shows every attempt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PuppetEnrollmentIT {
  private static final String DB01 = "db01.lab.example";
  private static final String ENC = """

      enc:
        roles:
          database: [role::database]
        classes:
          rack1: [site::rack1]
        parameters:
          site_contact: ops
      """;

  static Path work;
  static Path labDir;
  static Path labHome;
  static PuppetServer server;

  @BeforeAll
  static void start() throws Exception {
    labHome = Path.of(System.getProperty("lab.home", "../lab-cli/target/lab")).toAbsolutePath().normalize();
    Path logs = Path.of(System.getProperty("lab.it.logs", "target/it-logs"));
    work = Files.createDirectories(logs.resolve("puppet").toAbsolutePath());
    try (var old = Files.walk(work)) {
      old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(work)).forEach(p -> p.toFile().delete());
    }
    labDir = work.resolve("lab");
    ExampleLab.write(labDir);
    Path labYaml = labDir.resolve("lab.yaml");
    Files.writeString(labYaml, Files.readString(labYaml).replace("puppetServer: puppet.lab.example",
        "puppetServer: localhost") + ENC);
    Path code = work.resolve("code");
    module(code, "role", "database");
    module(code, "site", "rack1");
    Path autosign = work.resolve("lab-autosign");
    Path enc = work.resolve("lab-enc");
    PuppetServer.executable(autosign, "#!/bin/sh\nLAB_DIR=" + labDir + " exec " + labHome.resolve("bin/lab")
        + " autosign \"$@\"\n");
    PuppetServer.executable(enc, "#!/bin/sh\nLAB_DIR=" + labDir + " exec " + labHome.resolve("bin/lab")
        + " enc \"$@\"\n");
    server = PuppetServer.start(work.resolve("server"), autosign, enc, code, Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void theEnrollmentScriptLabGeneratedGetsACertificateWithTheTrustedFactsAndTheClasses() throws Exception {
    Approval approval = approve("db01", labDir);
    RenderedFile script = approval.render().files().stream().filter(f -> f.name().equals("enroll.sh"))
        .findFirst().orElseThrow();
    Agent agent = Agent.in(work.resolve("agent-db01"));
    Path file = agent.dir.resolve("enroll.sh");
    Files.writeString(file, script.content());

    Proc enrolled = agent.script(file);
    assertThat(enrolled.exit()).as(enrolled.output()).isZero();
    Proc run = agent.test(server);

    assertThat(run.exit()).as(run.output() + server.log()).isIn(0, 2);
    X509CertificateHolder cert = certificate(agent.certificate(DB01));
    assertThat(extension(cert, "1.3.6.1.4.1.34380.1.1.13")).isEqualTo("database");
    assertThat(extension(cert, "1.3.6.1.4.1.34380.1.1.12")).isEqualTo("production");
    assertThat(extension(cert, "1.3.6.1.4.1.34380.1.2.1")).isEqualTo("database,production,rack1");
    assertThat(agent.classes()).contains("role::database", "site::rack1");
    assertThat(run.output()).contains("role::database applied", "site::rack1 applied");
    assertThat(state("db01")).isEqualTo(OnboardingState.ENROLLED);
  }

  @Test
  @Order(2)
  void theSameTokenAgainIsRefused() throws Exception {
    server.forget(DB01); // else the CA hands the new agent db01's certificate without a request
    Agent agent = Agent.in(work.resolve("agent-db01-again"));
    Files.copy(work.resolve("agent-db01/conf/csr_attributes.yaml"), agent.confdir.resolve("csr_attributes.yaml"));

    assertRefused(agent, DB01, "db01", "not a live enrollment token");
  }

  @Test
  @Order(3)
  void anotherServersTokenIsRefused() throws Exception {
    EnrollmentSpec k8s01 = approve("k8s01", labDir).render().config().enrollment();
    EnrollmentSpec k8s02 = approve("k8s02", labDir).render().config().enrollment();
    Agent agent = Agent.in(work.resolve("agent-k8s02-foreign-token"));
    csrAttributes(agent, k8s01.token(), k8s02.extensionRequests());

    assertRefused(agent, "k8s02.lab.example", "k8s02", "issued for another server, not k8s02");
  }

  @Test
  @Order(4)
  void anExpiredTokenIsRefused() throws Exception {
    Path shortLived = work.resolve("lab-short-ttl");
    ExampleLab.write(shortLived);
    Files.writeString(shortLived.resolve("lab.yaml"), Files.readString(labDir.resolve("lab.yaml"))
        .replace("enrollmentTtl: 24h", "enrollmentTtl: 1s"));
    // the approval goes into the shared state store, with a one-second enrollment token
    Files.createDirectories(shortLived.resolve("state"));
    EnrollmentSpec k8s02 = approveInto("k8s02", shortLived, labDir);
    Thread.sleep(2000);
    Agent agent = Agent.in(work.resolve("agent-k8s02-expired"));
    csrAttributes(agent, k8s02.token(), k8s02.extensionRequests());

    assertRefused(agent, "k8s02.lab.example", "k8s02", "not a live enrollment token");
  }

  @Test
  @Order(5)
  void anExtraTrustedFactIsRefused() throws Exception {
    EnrollmentSpec k8s01 = approve("k8s01", labDir).render().config().enrollment();
    Map<String, String> extra = new java.util.LinkedHashMap<>(k8s01.extensionRequests());
    extra.put("pp_authorization", "admin");
    Agent agent = Agent.in(work.resolve("agent-k8s01-extra"));
    csrAttributes(agent, k8s01.token(), extra);

    assertRefused(agent, "k8s01.lab.example", "k8s01", "asks for the extension pp_authorization");
    assertThat(state("k8s01")).isEqualTo(OnboardingState.APPROVED);
  }

  @Test
  @Order(6)
  void labStatusShowsEachAttempt() throws Exception {
    Proc db01 = lab("status", "db01");
    Proc k8s02 = lab("status", "k8s02");
    Proc k8s01 = lab("status", "k8s01");

    assertThat(db01.output()).contains("autosign-approved", "enrolled", "autosign-refused");
    assertThat(k8s02.output().lines().filter(l -> l.contains("autosign-refused")).count()).isEqualTo(2);
    assertThat(k8s01.output()).contains("autosign-refused");
  }

  @Test
  @Order(7)
  void labEncFailsForAnUnknownNode() throws Exception {
    Proc unknown = lab("enc", "stranger.lab.example");

    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.output()).contains("no server in the inventory has the certname stranger.lab.example");
  }

  private void assertRefused(Agent agent, String certname, String server, String reason) throws Exception {
    Proc run = agent.test(server(), "--certname", certname);

    assertThat(run.exit()).as(run.output()).isNotIn(0, 2);
    assertThat(agent.certificate(certname)).doesNotExist();
    assertThat(lab("status", server).output()).containsPattern("autosign-refused +certificate request of "
        + certname.replace(".", "\\.") + " refused: .*" + java.util.regex.Pattern.quote(reason));
  }

  private static PuppetServer server() {
    return server;
  }

  private static Proc lab(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(labHome.resolve("bin/lab").toString()));
    command.addAll(List.of(args));
    return Proc.run(command, Map.of("LAB_DIR", labDir.toString()), work.resolve("lab-" + args[0] + ".log"),
        Duration.ofMinutes(1));
  }

  private static void csrAttributes(Agent agent, String token, Map<String, String> extensions) throws Exception {
    StringBuilder yaml = new StringBuilder("---\ncustom_attributes:\n  1.2.840.113549.1.9.7: " + token
        + "\nextension_requests:\n");
    extensions.forEach((k, v) -> yaml.append("  ").append(k).append(": \"").append(v).append("\"\n"));
    Files.writeString(agent.confdir.resolve("csr_attributes.yaml"), yaml.toString());
  }

  private static Approval approve(String name, Path dir) {
    try (LabContext context = LabContext.open(dir, labHome.resolve("plugins"));
        StateStore store = context.openStore()) {
      return context.onboarding(store, Clock.systemUTC()).approve(name, null, null, false);
    }
  }

  /** Approves with one lab directory's settings into another's state store. */
  private static EnrollmentSpec approveInto(String name, Path settings, Path stateOf) {
    try (LabContext context = LabContext.open(settings, labHome.resolve("plugins"));
        StateStore store = dev.lab.core.state.JdbcStateStore.embedded(stateOf.resolve("state"))) {
      return context.onboarding(store, Clock.systemUTC()).approve(name, null, null, false).render().config()
          .enrollment();
    }
  }

  private static OnboardingState state(String name) {
    try (LabContext context = LabContext.open(labDir, labHome.resolve("plugins"));
        StateStore store = context.openStore()) {
      return store.current(name).orElseThrow().state();
    }
  }

  private static void module(Path code, String module, String name) throws Exception {
    Path manifests = Files.createDirectories(code.resolve("environments/production/modules/" + module + "/manifests"));
    Files.writeString(manifests.resolve(name + ".pp"), "class " + module + "::" + name + " {\n  notify { '"
        + module + "::" + name + " applied': }\n}\n");
  }

  private static X509CertificateHolder certificate(Path pem) throws Exception {
    try (Reader r = Files.newBufferedReader(pem); PEMParser p = new PEMParser(r)) {
      return (X509CertificateHolder) p.readObject();
    }
  }

  private static String extension(X509CertificateHolder cert, String oid) throws Exception {
    var e = cert.getExtension(new ASN1ObjectIdentifier(oid));
    assertThat(e).as("extension " + oid + " of the signed certificate").isNotNull();
    return ((ASN1String) ASN1Primitive.fromByteArray(e.getExtnValue().getOctets())).getString();
  }
}
