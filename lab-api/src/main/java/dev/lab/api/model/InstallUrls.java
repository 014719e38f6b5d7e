package dev.lab.api.model;

import java.util.Objects;

/**
 * The Lab URLs one onboarding uses. Every URL that reveals or changes the onboarding carries its
 * secret token in the path; plugins put them into answer files and boot arguments verbatim.
 *
 * @param server Lab's public base URL, ending in {@code /}
 * @param files the base URL the onboarding's rendered files are served under, ending in {@code /}
 *     (the answer file {@code ks.cfg} is at {@code files + "ks.cfg"}); also the cloud-init NoCloud
 *     seed URL
 * @param events where installers POST progress events (JSON, or an installer's native webhook body)
 * @param done where an installer POSTs when the install has finished; after that call the machine
 *     boots from its disk
 * @param artifacts the base URL of Lab's artifact store, ending in {@code /}
 */
public record InstallUrls(String server, String files, String events, String done, String artifacts) {
  public InstallUrls {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(done, "done");
    Objects.requireNonNull(artifacts, "artifacts");
  }

  /** @return the URL of one of the onboarding's files */
  public String file(String name) {
    return files + name;
  }
}
