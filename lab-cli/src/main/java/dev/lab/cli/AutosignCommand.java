package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.enroll.AutosignDecision;
import dev.lab.core.enroll.AutosignPolicy;
import dev.lab.core.state.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lab autosign CERTNAME}: the Puppet CA's policy executable. Puppet runs it with the
 * certname as its argument and the PEM certificate signing request on stdin, and signs when it
 * exits 0.
 */
@Command(name = "autosign", mixinStandardHelpOptions = true,
    description = {"Puppet CA policy executable: approve a certificate signing request (PEM on stdin) when its",
        "challengePassword is a live one-time enrollment token of the server with this certname and it",
        "requests exactly the trusted facts Lab issued. Exit 0 approves (the token is consumed); any other",
        "exit refuses, with the reason on stderr. Each decision is recorded in the server's timeline."})
final class AutosignCommand extends BaseCommand {
  /** The most a CSR read from stdin may take; anything longer is refused unread. */
  private static final int MAX_CSR = 64 * 1024;

  @Parameters(index = "0", paramLabel = "CERTNAME", description = "The certname Puppet asks about.")
  String certname;

  @Mixin
  LabDirOption lab;

  @Mixin
  RemoteOption remote;

  @Override
  public Integer call() throws Exception {
    String pem = readCsr(environment().stdin());
    OperatorClient client = remote.client(environment().env());
    AutosignDecision decision;
    if (client != null) {
      OperatorClient.Reply reply = client.postText("api/v1/autosign/" + OperatorClient.encode(certname),
          "application/x-pem-file", pem);
      if (reply.status() != 200) {
        throw new UserError("lab serve could not decide on " + certname + " (HTTP " + reply.status() + ": "
            + reply.body().path("detail").asText("no detail") + ")", ExitCode.FAILURE);
      }
      decision = new AutosignDecision(reply.body().path("approved").asBoolean(false),
          reply.body().path("reason").asText("no reason given"), reply.body().path("server").asText(null));
    } else {
      try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
        decision = new AutosignPolicy(context.lab(), store, Clock.systemUTC()).decide(certname, pem);
      }
    }
    if (!decision.approved()) {
      throw UserError.invalid("refused " + certname + ": " + decision.reason());
    }
    out().println("approved " + certname + ": " + decision.reason());
    out().flush();
    return ExitCode.OK;
  }

  private static String readCsr(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_CSR + 1);
    if (bytes.length > MAX_CSR) {
      throw UserError.invalid("the certificate request on stdin is larger than " + MAX_CSR / 1024 + " KiB");
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
