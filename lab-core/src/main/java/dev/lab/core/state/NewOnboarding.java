package dev.lab.core.state;

import dev.lab.api.model.RenderedFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What approving an installation stores: the rendered files and boot specs (so the machine gets
 * exactly what was approved), and the tokens with their expiry.
 *
 * @param server the server's name
 * @param profile the profile's name
 * @param method the install method's id
 * @param plugin the plugin's name
 * @param files the files served under the files token
 * @param bootSpecs the boot specs per firmware, as a JSON document
 * @param tokens each token by purpose (plain; only their hashes are stored)
 * @param expiries each token's expiry by purpose
 */
public record NewOnboarding(String server, String profile, String method, String plugin,
    List<RenderedFile> files, String bootSpecs, Map<TokenPurpose, String> tokens,
    Map<TokenPurpose, Instant> expiries) {

  public NewOnboarding {
    files = List.copyOf(files);
    tokens = Map.copyOf(tokens);
    expiries = Map.copyOf(expiries);
  }
}
