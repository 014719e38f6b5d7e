package dev.lab.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --server URL}: talk to a running {@code lab serve} through its operator API instead of
 * the lab directory's state store. The operator token comes from {@code LAB_OPERATOR_TOKEN}.
 */
public final class RemoteOption {
  @Option(names = "--server", paramLabel = "URL",
      description = "Use the operator API of a running lab serve at URL (default: $LAB_SERVER; the token is $LAB_OPERATOR_TOKEN).")
  private String server;

  /** @return the client, or null to work on the lab directory directly */
  OperatorClient client(Map<String, String> env) {
    String url = server != null ? server : env.get("LAB_SERVER");
    if (url == null || url.isBlank()) {
      return null;
    }
    String token = env.get("LAB_OPERATOR_TOKEN");
    if (token == null || token.isBlank()) {
      throw UserError.invalid("--server needs the operator token in LAB_OPERATOR_TOKEN"
          + " (lab serve printed it on its first start; it is in the lab directory's state/operator-token)");
    }
    return new OperatorClient(url, token);
  }
}
