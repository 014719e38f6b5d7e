package dev.lab.api.plan;

/**
 * Downloads a tar archive and unpacks it into the target while computing its SHA-256; a mismatch
 * fails the action (and so the deploy) before anything later runs.
 *
 * @param id the action's id
 * @param url where to download it
 * @param sha256 the archive's SHA-256 (of the compressed bytes), required
 * @param compression {@code zstd}, {@code gzip}, {@code xz} or {@code none}
 * @param path the directory in the target to unpack into, usually {@code /}
 */
public record StreamArchiveAction(String id, String url, String sha256, String compression, String path)
    implements Action {
  public StreamArchiveAction {
    PlanValues.id(id);
    PlanValues.url(url);
    PlanValues.sha256(sha256);
    PlanValues.compression(compression);
    PlanValues.targetPath(path);
  }

  @Override
  public String type() {
    return "stream-archive";
  }
}
