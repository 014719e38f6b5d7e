package dev.lab.core.install;

import dev.lab.api.model.InstallUrls;
import java.util.Objects;

/**
 * Lab's public base URL and one onboarding's secret tokens, from which every URL a machine uses is
 * derived. URLs carry the token in the path: {@code <base>t/<token>/<file>}.
 *
 * @param baseUrl Lab's public base URL, for example {@code http://lab.example:8080/}
 * @param fileToken the token that unlocks the onboarding's files and progress endpoints
 * @param enrollmentToken the one-time token the enrollment script puts into its CSR
 */
public record Endpoints(String baseUrl, String fileToken, String enrollmentToken) {
  /** Tokens used by {@code lab render}: obviously not secrets, and stable for review and diffs. */
  public static final String PREVIEW_FILE_TOKEN = "preview-file-token";
  public static final String PREVIEW_ENROLLMENT_TOKEN = "preview-enrollment-token";

  public Endpoints {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(fileToken, "fileToken");
    Objects.requireNonNull(enrollmentToken, "enrollmentToken");
    baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** @return endpoints with the preview tokens, for rendering without an onboarding */
  public static Endpoints preview(String baseUrl) {
    return new Endpoints(baseUrl, PREVIEW_FILE_TOKEN, PREVIEW_ENROLLMENT_TOKEN);
  }

  /** @return the URLs a plugin puts into answer files and boot arguments */
  public InstallUrls urls() {
    String files = baseUrl + "t/" + fileToken + "/";
    return new InstallUrls(baseUrl, files, files + "events", files + "done", baseUrl + "artifacts/");
  }
}
