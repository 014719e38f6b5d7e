package dev.lab.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an enrollment script needs.
 *
 * @param token the one-time enrollment token, written as the CSR's challengePassword
 * @param certname the certificate name the agent requests (the machine's FQDN)
 * @param labels the machine's labels
 * @param extensionRequests the trusted facts to request in the CSR, by short name or OID, in order
 *     (for example {@code pp_role}); values are plain strings
 * @param puppetServer the OpenVox/Puppet server's host name
 * @param environment the agent environment; nullable for the server's default
 * @param os the OS family being enrolled, for example {@code debian}
 * @param osVersion the OS version, for example {@code 12}
 * @param arch the machine's architecture
 * @param packageRepository where to install the agent from: a repository base URL; nullable for the
 *     upstream OpenVox repositories of that OS and release
 * @param events where to POST progress events
 */
public record EnrollmentSpec(
    String token,
    String certname,
    List<String> labels,
    Map<String, String> extensionRequests,
    String puppetServer,
    String environment,
    String os,
    String osVersion,
    Architecture arch,
    String packageRepository,
    String events) {

  public EnrollmentSpec {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(certname, "certname");
    Objects.requireNonNull(puppetServer, "puppetServer");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(osVersion, "osVersion");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(events, "events");
    labels = labels == null ? List.of() : List.copyOf(labels);
    extensionRequests = extensionRequests == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extensionRequests));
  }
}
